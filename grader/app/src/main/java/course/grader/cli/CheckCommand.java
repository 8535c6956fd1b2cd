package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.batch.Parallel;
import course.grader.judge.Judge;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.Points;
import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code course check}: every validation of {@code course build} without writing the site, then
 * each exercise graded as a student would be: the reference solution must score full marks, the
 * starter and every {@code wrong/} solution less.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the course without writing the site: lessons, links, anchors, prerequisites,",
      "exercises; then grade each exercise's solution/ (must score full marks), its starter/",
      "and every wrong/<name>/ (must score less), printing a table per exercise.",
      "Name exercises to grade only those; the lessons are always checked."
    },
    footer = {
      "",
      "Example:",
      "  course check",
      "  course check height-checker --jobs 2",
      "",
      "Exit codes: 0 all good, 1 an exercise expectation failed, 2 the course has problems."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin SandboxChoice sandbox;

  @Mixin Jobs jobs;

  @Parameters(
      paramLabel = "EXERCISE",
      arity = "0..*",
      description = "Grade only these exercises (slugs). Default: every exercise.")
  List<String> only = List.of();

  @Spec CommandSpec spec;

  /** One graded run and what it should have scored. */
  private record Row(String name, String score, String expected, boolean met) {}

  @Override
  public Integer call() {
    Path root = common.root();
    PrintWriter out = parent.console().out();
    SiteBuilder.Result site = new SiteBuilder(root).check();
    if (!site.ok()) {
      return Problems.print(spec.commandLine().getErr(), site.problems(), "check");
    }
    out.println("Lessons and pages: " + site.pages() + " pages, no problems.");
    List<Exercise> exercises = selected(root);
    Judge judge = exercises.isEmpty() ? null : sandbox.judge(common);
    List<Job> work = new ArrayList<>();
    for (Exercise exercise : exercises) {
      work.add(new Job(exercise, "solution", exercise.solutionDir()));
      work.add(new Job(exercise, "starter", exercise.starterDir()));
      for (Path wrong : folders(exercise.wrongDir())) {
        work.add(new Job(exercise, "wrong/" + wrong.getFileName(), wrong));
      }
    }
    List<Run> runs = Parallel.map(work, jobs.count(), job -> run(judge, job), run -> {});
    int failed = 0;
    int total = 0;
    for (Exercise exercise : exercises) {
      List<Row> rows = rows(exercise, runs);
      out.println();
      out.println(exercise.slug());
      int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(8);
      for (Row row : rows) {
        total++;
        if (!row.met()) {
          failed++;
        }
        out.println(
            String.format(
                "  %-" + width + "s  %-16s  %-15s %s",
                row.name(),
                row.score(),
                row.expected(),
                row.met()
                    ? parent.console().style("@|green ok|@")
                    : parent.console().style("@|red,bold FAIL|@")));
      }
    }
    out.println();
    out.println(
        (total - failed)
            + " of "
            + total
            + " expectations met"
            + (failed == 0 ? "." : "; " + failed + " failed (marked FAIL above)."));
    out.flush();
    return ExitCode.okIf(failed == 0);
  }

  /** Every exercise, or only those named on the command line (in the order given). */
  private List<Exercise> selected(Path root) {
    if (!Files.isDirectory(root.resolve("exercises"))) {
      if (!only.isEmpty()) {
        throw CourseException.input(root + ": no exercises/ folder, so no exercise to check");
      }
      return List.of();
    }
    Catalog catalog = Catalog.load(root);
    return only.isEmpty()
        ? catalog.exercises()
        : only.stream().distinct().map(catalog::exercise).toList();
  }

  /** The rows of one exercise: its solution first (which sets the maximum), then the others. */
  private static List<Row> rows(Exercise exercise, List<Run> runs) {
    List<Run> mine = runs.stream().filter(r -> r.job.exercise() == exercise).toList();
    Run solution = mine.get(0);
    double max = solution.report == null ? 0 : solution.report.maxScore();
    boolean full = solution.report != null && solution.report.allPassed() && max > 0;
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("solution", solution.score(max), "full marks", full));
    for (Run run : mine.subList(1, mine.size())) {
      rows.add(new Row(run.job.name(), run.score(max), "less than full", run.less(max)));
    }
    return rows;
  }

  /** One folder of an exercise to grade. */
  private record Job(Exercise exercise, String name, Path dir) {}

  /** A graded run; no report when an input error (printed on stderr) kept it from running. */
  private record Run(Job job, GradeReport report) {
    String score(double max) {
      if (report == null) {
        return "error";
      }
      String score = Points.fraction(report.score(), max);
      // A wrong solution that never reaches the tests (rejected, compile error) shows it.
      return report.outcome() == Outcome.GRADED
          ? score
          : score + " (" + report.outcome().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    boolean less(double max) {
      return report != null && report.score() < max;
    }
  }

  private Run run(Judge judge, Job job) {
    List<Path> files = Catalog.javaFiles(job.dir());
    try {
      return new Run(job, judge.grade(job.exercise(), files, Judge.Suite.ALL));
    } catch (CourseException e) {
      PrintWriter err = spec.commandLine().getErr();
      synchronized (err) {
        err.println("course: " + e.getMessage());
      }
      return new Run(job, null);
    }
  }

  private static List<Path> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot list: " + e.getMessage(), e);
    }
  }
}
