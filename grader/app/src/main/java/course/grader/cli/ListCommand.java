package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.policy.Policy;
import course.grader.policy.PolicyText;
import course.grader.policy.Selection;
import course.grader.policy.Timeliness;
import course.grader.report.Points;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course list}: the exercises, with a student's progress when one is named. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the exercises; with --student, the score that counts for that student under the",
      "course's policy (course.yaml's, or the flags below), as 'gradebook show' counts it."
    },
    footer = {
      "",
      "Examples:",
      "  course list",
      "  course list --student alice",
      "  course list --student alice --policy last --late-per-day 10%%"
    })
final class ListCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--student", paramLabel = "ID", description = "Show this student's progress.")
  String student;

  @Mixin PolicyOptions policyOptions;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    java.util.Optional<Remote> remote = Remote.of(common);
    if (remote.isPresent()) {
      return listRemotely(catalog, remote.get());
    }
    Policy policy = null;
    Optional<GradeSheet> sheet = Optional.empty();
    if (student != null) {
      // course.yaml's mistakes (or a bad flag) first, with or without a gradebook.
      policy = policyOptions.policy(common);
      Optional<Gradebook> existing = common.existingGradebook();
      if (existing.isPresent()) {
        try (Gradebook gradebook = existing.get()) {
          sheet = Optional.of(policyOptions.sheet(gradebook, common, student));
        }
      }
    }
    var out = parent.console().out();
    int width = catalog.exercises().stream().mapToInt(e -> e.slug().length()).max().orElse(8);
    for (Exercise e : catalog.exercises()) {
      StringBuilder line =
          new StringBuilder(
              String.format("%-" + width + "s  %-6s  %s", e.slug(), e.difficulty(), e.title()));
      if (student != null) {
        List<GradedAttempt> mine = sheet.map(s -> s.attempts(student, e.slug())).orElse(List.of());
        Optional<GradedAttempt> counted =
            sheet.flatMap(s -> s.counted(student, e.slug())).filter(a -> !mine.isEmpty());
        if (counted.isEmpty()) {
          line.append("  · not submitted");
        } else {
          line.append(standing(policy.selection(), counted.get(), mine.size()));
        }
      }
      out.println(line);
    }
    if (catalog.exercises().isEmpty() && catalog.problems().isEmpty()) {
      out.println("no exercises in " + catalog.root().resolve("exercises"));
    }
    // A broken exercise is named with its problem (and the exit code says so); the others are
    // listed, and usable by every other command.
    var err = spec.commandLine().getErr();
    for (course.catalog.Problem problem : catalog.problems()) {
      err.println("course: " + problem);
    }
    err.flush();
    return catalog.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUT;
  }

  /** A student kit's list: every exercise, with this student's best score from the server. */
  private int listRemotely(Catalog catalog, Remote remote) {
    java.util.Map<String, List<java.util.Map<String, Object>>> mine = new java.util.HashMap<>();
    List<java.util.Map<String, Object>> all = remote.history(null);
    KitProgress.fromRows(common.root(), all);
    for (java.util.Map<String, Object> row : all) {
      if (row.get("regrade_of") == null || Boolean.TRUE.equals(row.get("counted"))) {
        mine.computeIfAbsent(String.valueOf(row.get("exercise")), k -> new java.util.ArrayList<>())
            .add(row);
      }
    }
    var out = parent.console().out();
    int width = catalog.exercises().stream().mapToInt(e -> e.slug().length()).max().orElse(8);
    for (Exercise e : catalog.exercises()) {
      StringBuilder line =
          new StringBuilder(
              String.format("%-" + width + "s  %-6s  %s", e.slug(), e.difficulty(), e.title()));
      List<java.util.Map<String, Object>> rows = mine.getOrDefault(e.slug(), List.of());
      if (rows.isEmpty()) {
        line.append("  · not submitted");
      } else {
        java.util.Map<String, Object> best =
            rows.stream()
                .max(
                    java.util.Comparator.comparingDouble(
                        r -> ((Number) r.get("score")).doubleValue()))
                .orElseThrow();
        long attempts = rows.stream().map(r -> r.get("attempt")).distinct().count();
        line.append(
            best(
                ((Number) best.get("score")).doubleValue(),
                ((Number) best.get("max_score")).doubleValue(),
                attempts));
      }
      out.println(line);
    }
    return ExitCode.OK;
  }

  /**
   * " · last 9.9/11 in 2 attempts (attempt 2 late, -10%)": the attempt that counts under the
   * policy, its score after the late penalty, as 'gradebook show' counts it.
   */
  private static String standing(Selection selection, GradedAttempt counted, int attempts) {
    String line =
        "  · "
            + selection.wireName()
            + " "
            + Points.text(counted.finalScore())
            + '/'
            + Points.text(counted.maxScore())
            + " in "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts");
    if (counted.lateness().status() == Timeliness.LATE
        && counted.lateness().penalty().signum() > 0) {
      line +=
          " (attempt "
              + counted.attempt()
              + " late, -"
              + PolicyText.percent(counted.lateness().penalty())
              + ")";
    }
    return line;
  }

  /** " · best 23/26 in 2 attempts": a student's standing on one exercise. */
  private static String best(double score, double max, long attempts) {
    return "  · best "
        + Points.text(score)
        + '/'
        + Points.text(max)
        + " in "
        + attempts
        + (attempts == 1 ? " attempt" : " attempts");
  }
}
