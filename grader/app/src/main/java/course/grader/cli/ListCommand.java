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

  /**
   * A student kit's list: every exercise with this student's standing as the server's policy counts
   * it (the rows say which attempt counts, its score after a late penalty, and whether the policy
   * takes the best or the last), worded as the instructor's {@code list --student} words it.
   */
  private int listRemotely(Catalog catalog, Remote remote) {
    java.util.Map<String, List<java.util.Map<String, Object>>> mine = new java.util.HashMap<>();
    List<java.util.Map<String, Object>> all = remote.history(null);
    KitProgress.fromRows(common.root(), all);
    for (java.util.Map<String, Object> row : all) {
      mine.computeIfAbsent(String.valueOf(row.get("exercise")), k -> new java.util.ArrayList<>())
          .add(row);
    }
    var out = parent.console().out();
    int width = catalog.exercises().stream().mapToInt(e -> e.slug().length()).max().orElse(8);
    for (Exercise e : catalog.exercises()) {
      StringBuilder line =
          new StringBuilder(
              String.format("%-" + width + "s  %-6s  %s", e.slug(), e.difficulty(), e.title()));
      List<java.util.Map<String, Object>> rows = mine.getOrDefault(e.slug(), List.of());
      Optional<java.util.Map<String, Object>> counted =
          rows.stream().filter(r -> Boolean.TRUE.equals(r.get("counted"))).findFirst();
      if (counted.isEmpty()) {
        line.append("  · not submitted");
      } else {
        java.util.Map<String, Object> row = counted.get();
        long attempts = rows.stream().map(r -> r.get("attempt")).distinct().count();
        line.append(
            standing(
                String.valueOf(row.getOrDefault("select", "best")),
                number(row.get("final_score")),
                number(row.get("max_score")),
                attempts,
                "late".equals(row.get("timeliness")),
                new java.math.BigDecimal(String.valueOf(row.getOrDefault("penalty", "0"))),
                ((Number) row.get("attempt")).intValue()));
      }
      out.println(line);
    }
    return ExitCode.OK;
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  /**
   * " · last 9.9/11 in 2 attempts (attempt 2 late, -10%)": the attempt that counts under the
   * policy, its score after the late penalty, as 'gradebook show' counts it.
   */
  private static String standing(Selection selection, GradedAttempt counted, int attempts) {
    return standing(
        selection.wireName(),
        counted.finalScore(),
        counted.maxScore(),
        attempts,
        counted.lateness().status() == Timeliness.LATE,
        counted.lateness().penalty(),
        counted.attempt());
  }

  private static String standing(
      String selection,
      double finalScore,
      double maxScore,
      long attempts,
      boolean late,
      java.math.BigDecimal penalty,
      int attempt) {
    String line =
        "  · "
            + selection
            + " "
            + Points.text(finalScore)
            + '/'
            + Points.text(maxScore)
            + " in "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts");
    if (late && penalty.signum() > 0) {
      line += " (attempt " + attempt + " late, -" + PolicyText.percent(penalty) + ")";
    }
    return line;
  }
}
