package course.grader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way points and scores are written, in every output (console, JSON, CSV, tables). Sums of
 * fractional points such as three {@code @Points(0.1)} tests are {@code 0.30000000000000004} as
 * doubles; every output rounds them to six decimals first, so the console, the JSON and the CSV of
 * one attempt show the same {@code 0.3}.
 */
public final class Points {
  private Points() {}

  /** {@code value} rounded to six decimals, without trailing zeros. */
  public static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** As text: {@code 3}, {@code 0.3}, {@code 2.5}; never an exponent. */
  public static String text(double value) {
    return rounded(value).toPlainString();
  }

  /**
   * As a JSON number: a whole number is a {@code long}, else a {@code double} of the rounded value.
   */
  public static Number json(double value) {
    BigDecimal d = rounded(value);
    return d.scale() <= 0 ? (Number) d.longValue() : (Number) d.doubleValue();
  }

  /** {@code score/max} as the console shows it: {@code 0.3/0.3}. */
  public static String fraction(double score, double max) {
    return text(score) + "/" + text(max);
  }
}
