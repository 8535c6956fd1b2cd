package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.report.Points;
import course.grader.service.CheckService;
import course.site.generate.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
    PrintWriter err = spec.commandLine().getErr();
    // Every problem is reported, and the exercises that did load are graded all the same: one
    // broken exercise must not hide how the others fare. The exit code still says "problems".
    int problems = site.ok() ? ExitCode.OK : Problems.print(err, site.problems(), "check");
    if (site.ok()) {
      out.println("Lessons and pages: " + site.pages() + " pages, no problems.");
    }
    List<Exercise> exercises = selected(root);
    if (exercises.isEmpty()) {
      out.println();
      out.println("0 of 0 expectations met.");
      out.flush();
      return problems;
    }
    List<CheckService.ExerciseRows> checked =
        new CheckService(sandbox.judge(common), jobs.count())
            .check(
                exercises,
                e -> {
                  synchronized (err) {
                    err.println("course: " + e.getMessage());
                  }
                });
    int failed = 0;
    int total = 0;
    for (CheckService.ExerciseRows exercise : checked) {
      out.println();
      out.println(exercise.exercise().slug());
      int width = exercise.rows().stream().mapToInt(r -> r.name().length()).max().orElse(8);
      exercise
          .rows()
          .get(0)
          .ungraded()
          .ifPresent(
              o ->
                  out.println(
                      "  (the reference solution was "
                          + o.wireName()
                          + "; the other rows show the maximum their own runs found)"));
      for (CheckService.Row row : exercise.rows()) {
        total++;
        if (!row.met()) {
          failed++;
        }
        out.println(
            String.format(
                "  %-" + width + "s  %-16s  %-15s %s",
                row.name(),
                score(row),
                row.expected().shown(),
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
    return problems != ExitCode.OK ? problems : ExitCode.okIf(failed == 0);
  }

  /**
   * {@code 3/12}; a folder that never reached the tests shows why: {@code 0/12 (compile_error)}.
   */
  private static String score(CheckService.Row row) {
    if (row.report().isEmpty()) {
      return "error";
    }
    String score = Points.fraction(row.report().get().score(), row.max());
    return row.ungraded().map(o -> score + " (" + o.wireName() + ")").orElse(score);
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
    if (only.isEmpty()) {
      return catalog.exercises();
    }
    // A named exercise that is broken was reported with the other problems: skip it here.
    List<String> broken = catalog.brokenSlugs();
    return only.stream()
        .distinct()
        .filter(slug -> !broken.contains(slug))
        .map(catalog::exercise)
        .toList();
  }
}
