package course.grader.cli;

import course.catalog.Exercise;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.service.GradingService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code course test} and {@code course submit} share: the exercise, the files, --json, and
 * the hidden --skip-static-check.
 */
final class SubmissionArgs {
  @Parameters(
      index = "0",
      paramLabel = "EXERCISE",
      description = "The exercise, e.g. height-checker.")
  String exercise;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Your .java files.")
  List<Path> files;

  @Option(names = "--json", description = "Print one JSON object instead of the report.")
  boolean json;

  @Option(
      names = "--require-sandbox",
      description =
          "Refuse to grade when bubblewrap (bwrap) is missing, instead of warning. Default: the"
              + " course's course.yaml (grader: require_sandbox).")
  boolean requireSandbox;

  /**
   * A testing aid for instructors: grade without the static check, to see what the sandbox does
   * with code the check would reject. Hidden, since students have no use for it.
   */
  @Option(names = "--skip-static-check", hidden = true)
  boolean skipStaticCheck;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Judge judge;

  /**
   * A judge that runs tests in the sandbox. Without bubblewrap it says so on stderr, every run, or
   * refuses (exit 2) when {@code --require-sandbox} or the course's {@code course.yaml} asks for
   * it.
   */
  Judge judge(Common common) {
    if (judge == null) {
      Judge chosen = SandboxChoice.judge(common, requireSandbox, spec.commandLine().getErr());
      judge = skipStaticCheck ? chosen.withoutStaticCheck() : chosen;
    }
    return judge;
  }

  /** The grading service over {@link #judge}, on the system clock. */
  GradingService grading(Common common) {
    return new GradingService(judge(common), Clock.systemUTC(), GraderVersion.current());
  }

  /** The grading service over {@link #judge} with {@code course.seed=seed} for the children. */
  GradingService grading(Common common, long seed) {
    return new GradingService(
        judge(common).withSeed(seed), Clock.systemUTC(), GraderVersion.current());
  }

  /** Reads the files as a submission to {@code exercise}; throws for input that is not one. */
  Submission read(GradingService grading, Exercise exercise) {
    return grading.read(exercise, files);
  }

  /**
   * Runs {@code step} (reading the exercise and the files); with {@code --json}, input that is not
   * a submission (an empty, binary or oversized file, a wrong class name, an unknown exercise) also
   * prints exactly one JSON object, {@code {"outcome":"input_error","message":...,"file":...}}, so
   * a script always gets one. The exit code (2) and the line on stderr stay as they are; nothing is
   * recorded.
   */
  <T> T reading(Console console, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (course.catalog.CourseException e) {
      if (json && e.kind() == course.catalog.CourseException.Kind.INPUT) {
        java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("exercise", exercise);
        error.put("outcome", "input_error");
        error.put("message", e.getMessage());
        String file = null;
        for (java.nio.file.Path f : files) {
          if (e.getMessage().startsWith(f.toString())) {
            file = f.toString();
          }
        }
        error.put("file", file);
        console.out().println(ReportPrinter.toJson(error));
        console.out().flush();
      }
      throw e;
    }
  }

  /** Prints the report as asked; returns the exit code. */
  int print(Console console, GradeReport report, String student, Integer attempt) {
    return print(console, report, student, attempt, java.util.Map.of());
  }

  /** As {@link #print}, with {@code extra} fields in the JSON object (after "attempt"). */
  int print(
      Console console,
      GradeReport report,
      String student,
      Integer attempt,
      java.util.Map<String, Object> extra) {
    ReportPrinter printer = new ReportPrinter(console);
    if (json) {
      printer.printJson(report, student, attempt, extra);
    } else {
      printer.printHuman(report, student, attempt);
    }
    return ReportPrinter.exitCode(report);
  }
}
