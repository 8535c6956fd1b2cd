package course.grader.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One attempt against its deadline.
 *
 * @param lateMillis how late, in milliseconds; 0 when on time or without a deadline
 * @param days started days counted after the grace period; 0 unless {@link Timeliness#LATE}
 * @param penalty the fraction of the score taken, 0 to 1
 */
public record Lateness(Timeliness status, long lateMillis, long days, BigDecimal penalty) {
  public Lateness {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(penalty, "penalty");
  }

  /** {@code score} less the penalty, rounded to six decimals as every export prints it. */
  public double apply(double score) {
    return BigDecimal.valueOf(score)
        .multiply(BigDecimal.ONE.subtract(penalty))
        .setScale(6, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
