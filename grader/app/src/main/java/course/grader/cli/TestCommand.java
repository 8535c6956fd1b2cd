package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.service.GradingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course test}: the visible tests only; nothing is recorded. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the visible tests of an exercise on your files. Nothing is recorded.",
    footer = {
      "",
      "Examples:",
      "  course test height-checker HeightChecker.java",
      "  course test raft-lab-2-replication RaftNode.java --seed 412",
      "",
      "--seed N replays one seeded run: the tests read it as the system property course.seed",
      "(System.getProperty(\"course.seed\")). Tests that take no seed ignore it."
    })
final class TestCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin SubmissionArgs args;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Give the visible tests the system property course.seed=N, to replay the run of one seed"
              + " (a failing hidden run prints its seed).")
  String seed;

  @Override
  public Integer call() {
    Long parsedSeed = seed == null ? null : parseSeed(seed);
    GradingService grading =
        parsedSeed == null ? args.grading(common) : args.grading(common, parsedSeed);
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    Submission submission = args.reading(parent.console(), () -> args.read(grading, ex));
    GradeReport report = grading.test(ex, submission);
    int code = args.print(parent.console(), report, null, null);
    Path pom = common.root().resolve("exercises").resolve(ex.slug()).resolve("pom.xml");
    if (!args.json && CourseConfig.read(common.root()).kit() && Files.isRegularFile(pom)) {
      parent
          .console()
          .out()
          .println(
              "IDE: "
                  + pom.getParent()
                  + " opens as a Maven project (IntelliJ, Eclipse, VS Code) and runs these"
                  + " visible tests there, offline; or type 'mvn -o test' in it.");
    }
    return code;
  }

  /** The seed as a number; a one-line input error (exit 2) for anything else. */
  static long parseSeed(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw CourseException.input(
          "--seed "
              + text
              + ": not a whole number; give the seed a failing run printed, e.g. --seed 412");
    }
  }
}
