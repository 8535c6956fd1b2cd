package course.grader.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Late penalties, applied at export time to stored submission times; nothing about them is stored.
 *
 * <pre>
 * lateness = submitted_at - deadline          (deadline = the extension's until, else the due date)
 * lateness &lt;= 0                 -&gt; on time, no penalty
 * 0 &lt; lateness &lt;= grace        -&gt; grace, no penalty
 * otherwise days = ceil((lateness - grace) / 24 h)    (every started day counts whole)
 *           penalty = min(cap, days * perDay)          (a fraction of the attempt's own score)
 * </pre>
 *
 * So with no grace, 1 ms late and exactly 24 h late are both 1 day; 24 h + 1 ms is 2 days.
 *
 * @param perDay fraction of the score taken per started day, 0 to 1 (0.1 for 10%)
 * @param cap the most taken in total, 0 to 1
 * @param grace lateness forgiven entirely; the days are counted from its end
 */
public record LatePolicy(BigDecimal perDay, BigDecimal cap, Duration grace) {
  /** No penalty at all. */
  public static final LatePolicy NONE =
      new LatePolicy(BigDecimal.ZERO, BigDecimal.ONE, Duration.ZERO);

  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  public LatePolicy {
    Objects.requireNonNull(perDay, "perDay");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(grace, "grace");
    if (perDay.signum() < 0 || perDay.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("perDay must be between 0 and 1: " + perDay);
    }
    if (cap.signum() < 0 || cap.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("cap must be between 0 and 1: " + cap);
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
  }

  /** How {@code submittedAt} stands against {@code deadline}, and what it costs. */
  public Lateness assess(Instant submittedAt, Optional<Instant> deadline) {
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isEmpty()) {
      return new Lateness(Timeliness.NO_DEADLINE, 0, 0, BigDecimal.ZERO);
    }
    long lateMillis = Duration.between(deadline.get(), submittedAt).toMillis();
    if (lateMillis <= 0) {
      return new Lateness(Timeliness.ON_TIME, 0, 0, BigDecimal.ZERO);
    }
    long graceMillis = grace.toMillis();
    if (lateMillis <= graceMillis) {
      return new Lateness(Timeliness.GRACE, lateMillis, 0, BigDecimal.ZERO);
    }
    // Ceiling division of positive numbers (Math.ceilDiv is Java 18).
    long days = (lateMillis - graceMillis + DAY_MILLIS - 1) / DAY_MILLIS;
    BigDecimal penalty = perDay.multiply(BigDecimal.valueOf(days)).min(cap);
    return new Lateness(Timeliness.LATE, lateMillis, days, penalty);
  }
}
