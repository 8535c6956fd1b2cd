package course.grader.export;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.Submitted;
import course.grader.gradebook.UtcTime;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.policy.Lateness;
import course.grader.report.Points;
import course.grader.report.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every stored submission, one row per test result (one row with empty test columns for a
 * submission without tests, e.g. a compile error), by student, exercise and stored attempt. Regrade
 * rows are rows of their own, with {@code regrade_of} set; {@code counted} marks the one row per
 * student and exercise whose grade the policy counts. Columns:
 *
 * <pre>
 * student, exercise, attempt, submission_id, regrade_of, submitted_at, outcome, score, max_score,
 * timeliness, late_ms, days_late, penalty, final_score, counted,
 * test_id, test_name, visible, status, points, max_points, message
 * </pre>
 *
 * <p>Only the sheet's exercises (its columns) have rows. A submission without tests (a compile
 * error, a rejection) has in {@code message} why: its note, else its first diagnostic ({@code
 * file:line: message}).
 */
public final class DetailedCsvExport implements SheetExport {
  static final List<String> HEADER =
      List.of(
          "student",
          "exercise",
          "attempt",
          "submission_id",
          "regrade_of",
          "submitted_at",
          "outcome",
          "score",
          "max_score",
          "timeliness",
          "late_ms",
          "days_late",
          "penalty",
          "final_score",
          "counted",
          "test_id",
          "test_name",
          "visible",
          "status",
          "points",
          "max_points",
          "message");

  private final Gradebook gradebook;

  public DetailedCsvExport(Gradebook gradebook) {
    this.gradebook = Objects.requireNonNull(gradebook, "gradebook");
  }

  @Override
  public void write(GradeSheet sheet, Appendable out) throws IOException {
    Map<Long, GradedAttempt> byOriginal = new HashMap<>();
    Map<Long, Long> countedRow = new HashMap<>();
    sheet
        .attempts()
        .forEach(
            (student, exercises) ->
                exercises.forEach(
                    (slug, attempts) -> {
                      attempts.forEach(a -> byOriginal.put(a.original().id(), a));
                      sheet
                          .counted(student, slug)
                          .ifPresent(a -> countedRow.put(a.graded().id(), a.graded().id()));
                    }));
    CsvExport.FORMAT.printRecord(out, HEADER.toArray());
    // Regrade id → the student's submission it regrades; regrades follow their originals in
    // attempt order, so a chain resolves as it streams.
    Map<Long, Long> rootOf = new HashMap<>();
    java.util.Set<String> shown =
        sheet.exercises().stream()
            .map(course.grader.gradebook.ExerciseRow::slug)
            .collect(java.util.stream.Collectors.toSet());
    try {
      gradebook.forEachSubmissionTest(
          (row, test) -> {
            long root =
                row.regradeOf().isEmpty()
                    ? row.id()
                    : rootOf.getOrDefault(row.regradeOf().getAsLong(), row.regradeOf().getAsLong());
            rootOf.put(row.id(), root);
            if (!shown.contains(row.exercise())) {
              return;
            }
            Optional<GradedAttempt> attempt = Optional.ofNullable(byOriginal.get(root));
            try {
              CsvExport.FORMAT.printRecord(
                  out, record(row, attempt, countedRow.containsKey(row.id()), test));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Object[] record(
      Submitted row, Optional<GradedAttempt> attempt, boolean counted, TestResult test) {
    Optional<Lateness> late = attempt.map(GradedAttempt::lateness);
    return new Object[] {
      row.studentId(),
      row.exercise(),
      row.attempt(),
      row.id(),
      row.regradeOf().isPresent() ? String.valueOf(row.regradeOf().getAsLong()) : "",
      UtcTime.format(row.submittedAt()),
      row.outcome().wireName(),
      Points.text(row.score()),
      Points.text(row.maxScore()),
      late.map(l -> l.status().wireName()).orElse(""),
      late.map(l -> String.valueOf(l.lateMillis())).orElse(""),
      late.map(l -> String.valueOf(l.days())).orElse(""),
      late.map(l -> l.penalty().stripTrailingZeros().toPlainString()).orElse(""),
      late.map(l -> Points.text(l.apply(row.score()))).orElse(""),
      counted ? "yes" : "no",
      test == null ? "" : test.id(),
      test == null ? "" : test.name(),
      test == null ? "" : test.visible() ? "yes" : "no",
      test == null ? "" : test.status().wireName(),
      test == null ? "" : Points.text(test.points()),
      test == null ? "" : Points.text(test.maxPoints()),
      test == null ? row.reason() : test.message()
    };
  }
}
