package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.judge.GradeReport;
import course.grader.judge.Judge;
import course.site.build.SiteBuilder;
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
      "and every wrong/<name>/ (must score less), printing a table per exercise."
    },
    footer = {
      "",
      "Example:",
      "  course check",
      "",
      "Exit codes: 0 all good, 1 an exercise expectation failed, 2 the course has problems."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin SandboxChoice sandbox;

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
    List<Exercise> exercises =
        Files.isDirectory(root.resolve("exercises")) ? Catalog.load(root).exercises() : List.of();
    Judge judge = exercises.isEmpty() ? null : sandbox.judge(common);
    int failed = 0;
    int total = 0;
    for (Exercise exercise : exercises) {
      List<Row> rows = grade(judge, exercise);
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
                "  %-" + width + "s  %9s  %-20s %s",
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
    return failed == 0 ? Cli.OK : Cli.LOST_POINTS;
  }

  private List<Row> grade(Judge judge, Exercise exercise) {
    List<Row> rows = new ArrayList<>();
    Run solution = run(judge, exercise, exercise.solutionDir());
    double max = solution.report == null ? 0 : solution.report.maxScore();
    boolean full = solution.report != null && solution.report.allPassed() && max > 0;
    rows.add(new Row("solution", solution.score(max), "full marks", full));
    Run starter = run(judge, exercise, exercise.starterDir());
    rows.add(new Row("starter", starter.score(max), "less than full", starter.less(max)));
    for (Path wrong : folders(exercise.wrongDir())) {
      Run run = run(judge, exercise, wrong);
      rows.add(
          new Row("wrong/" + wrong.getFileName(), run.score(max), "less than full", run.less(max)));
    }
    return rows;
  }

  /** A graded run, or the input error that kept it from running. */
  private record Run(GradeReport report, String error) {
    String score(double max) {
      if (report == null) {
        return "error";
      }
      return ReportPrinter.number(report.score()) + "/" + ReportPrinter.number(max);
    }

    boolean less(double max) {
      return report != null && report.score() < max;
    }
  }

  private Run run(Judge judge, Exercise exercise, Path dir) {
    List<Path> files = Catalog.javaFiles(dir);
    try {
      return new Run(judge.grade(exercise, files, Judge.Suite.ALL), null);
    } catch (CourseException e) {
      spec.commandLine().getErr().println("course: " + e.getMessage());
      return new Run(null, e.getMessage());
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
