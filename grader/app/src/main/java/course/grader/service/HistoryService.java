package course.grader.service;

import course.grader.gradebook.Attempt;
import course.grader.gradebook.ExerciseRow;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.Submitted;
import course.grader.policy.GradeSheet;
import course.grader.policy.GradedAttempt;
import course.grader.policy.Lateness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's history: every stored row of their attempts (originals and regrades), each with what
 * the course's policy makes of it (deadline, lateness, score after penalty, whether it is the grade
 * that counts). {@code course history} prints it; the grading server will serve it.
 */
public final class HistoryService {
  private final Gradebook gradebook;

  public HistoryService(Gradebook gradebook) {
    this.gradebook = Objects.requireNonNull(gradebook, "gradebook");
  }

  /** One stored row with what the policy makes of it. */
  public record Row(
      Attempt attempt,
      Optional<Long> regradeOf,
      Optional<Instant> deadline,
      Lateness lateness,
      double finalScore,
      boolean counted) {}

  /**
   * @param sheet the policy applied to this gradebook (for this student)
   * @param exerciseOrNull only this exercise; every exercise when null
   */
  public List<Row> rows(GradeSheet sheet, String student, String exerciseOrNull) {
    Map<Long, Submitted> stored = new HashMap<>();
    gradebook.submissions(student).forEach(s -> stored.put(s.id(), s));
    List<Row> rows = new ArrayList<>();
    for (Attempt a : gradebook.storedRows(student, exerciseOrNull)) {
      rows.add(row(a, stored, sheet));
    }
    return rows;
  }

  private static Row row(Attempt a, Map<Long, Submitted> stored, GradeSheet sheet) {
    Submitted self = stored.get(a.submissionId());
    Optional<Long> regradeOf =
        self == null || self.regradeOf().isEmpty()
            ? Optional.empty()
            : Optional.of(self.regradeOf().getAsLong());
    // The attempt this row grades: itself, or the end of its regrade chain.
    long root = a.submissionId();
    for (int hops = 0; hops <= stored.size(); hops++) {
      Submitted s = stored.get(root);
      if (s == null || s.regradeOf().isEmpty()) {
        break;
      }
      root = s.regradeOf().getAsLong();
    }
    final long rootId = root;
    Optional<GradedAttempt> attempt =
        sheet.attempts(a.studentId(), a.exercise()).stream()
            .filter(g -> g.original().id() == rootId)
            .findFirst();
    ExerciseRow exercise =
        sheet.exercises().stream()
            .filter(e -> e.slug().equals(a.exercise()))
            .findFirst()
            .orElseThrow();
    Optional<Instant> deadline = sheet.deadline(a.studentId(), exercise);
    Lateness lateness =
        attempt
            .map(GradedAttempt::lateness)
            .orElseGet(() -> sheet.policy().late().assess(a.submittedAt(), deadline));
    boolean counted =
        sheet
            .counted(a.studentId(), a.exercise())
            .map(c -> c.graded().id() == a.submissionId())
            .orElse(false);
    return new Row(a, regradeOf, deadline, lateness, lateness.apply(a.score()), counted);
  }
}
