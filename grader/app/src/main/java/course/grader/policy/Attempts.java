package course.grader.policy;

import course.grader.gradebook.Submitted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the stored rows of one student's exercise into attempts and picks the one that counts.
 *
 * <p>Regrades: a row with {@code regrade_of} is not an attempt of its own. It replaces the grade of
 * the attempt it regrades (following a regrade of a regrade back to the student's submission); when
 * one attempt was regraded several times, the newest regrade (highest row id) is in force. The
 * attempt keeps its number and its submission time, so a regrade never changes lateness.
 */
public final class Attempts {
  private Attempts() {}

  /**
   * The student's attempts in attempt order, each with the grade in force and its lateness.
   *
   * @param rows every stored row of one student and one exercise, regrades included
   * @param deadline the student's deadline (an extension's, else the exercise's), if any
   */
  public static List<GradedAttempt> of(
      List<Submitted> rows, Optional<Instant> deadline, LatePolicy late) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(late, "late");
    Map<Long, Submitted> byId = new HashMap<>();
    for (Submitted row : rows) {
      byId.put(row.id(), row);
    }
    Map<Long, Submitted> newestRegrade = new HashMap<>();
    for (Submitted row : rows) {
      if (row.regradeOf().isEmpty()) {
        continue;
      }
      Submitted root = root(row, byId);
      if (root != null) {
        newestRegrade.merge(root.id(), row, (a, b) -> a.id() >= b.id() ? a : b);
      }
    }
    List<GradedAttempt> attempts = new ArrayList<>();
    for (Submitted row : rows) {
      if (row.regradeOf().isPresent()) {
        continue;
      }
      Submitted graded = newestRegrade.getOrDefault(row.id(), row);
      Lateness lateness = late.assess(row.submittedAt(), deadline);
      attempts.add(new GradedAttempt(row, graded, lateness, lateness.apply(graded.score())));
    }
    attempts.sort(Comparator.comparingInt(GradedAttempt::attempt));
    return attempts;
  }

  /** The attempt that counts under {@code selection}; empty when there is none. */
  public static Optional<GradedAttempt> select(List<GradedAttempt> attempts, Selection selection) {
    Objects.requireNonNull(selection, "selection");
    if (attempts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (selection) {
          case FIRST -> attempts.get(0);
          case LAST -> attempts.get(attempts.size() - 1);
          case BEST -> {
            GradedAttempt best = attempts.get(0);
            for (GradedAttempt a : attempts) {
              if (a.finalScore() > best.finalScore()) {
                best = a; // strictly greater: a tie keeps the earlier attempt
              }
            }
            yield best;
          }
        });
  }

  /** The student's submission a regrade chain ends at; null when it leaves this exercise. */
  private static Submitted root(Submitted row, Map<Long, Submitted> byId) {
    Submitted current = row;
    // Bounded: a cycle in hand-edited data must not hang an export.
    for (int hops = 0; hops <= byId.size(); hops++) {
      if (current.regradeOf().isEmpty()) {
        return current;
      }
      current = byId.get(current.regradeOf().getAsLong());
      if (current == null) {
        return null;
      }
    }
    return null;
  }
}
