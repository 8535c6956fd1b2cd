package course.grader.policy;

import course.catalog.CourseException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the command line's percentages ({@code 10%}) and durations ({@code 15m}). */
public final class PolicyText {
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,6})([smhd])");

  private PolicyText() {}

  /**
   * {@code "10%"} → 0.1, {@code "12.5%"} → 0.125; 0% to 100%.
   *
   * @param option the option's name, for the message
   */
  public static BigDecimal percent(String option, String text) {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) {
      throw CourseException.input(
          option + " '" + text + "' is not a percentage; write one like 10% or 12.5%");
    }
    BigDecimal value = new BigDecimal(m.group(1));
    if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw CourseException.input(option + " '" + text + "' is over 100%; give 0% to 100%");
    }
    return value.movePointLeft(2).stripTrailingZeros();
  }

  /**
   * {@code "15m"}, {@code "2h"}, {@code "1d"}, {@code "1h30m"}, {@code "0"}: seconds, minutes,
   * hours and days of 24 hours.
   */
  public static Duration duration(String option, String text) {
    String t = text.strip();
    if (t.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION_PART.matcher(t);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.lookingAt()) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
      end = m.end();
      m.region(end, t.length());
    }
    if (end == 0 || end != t.length()) {
      throw CourseException.input(
          option + " '" + text + "' is not a duration; write one like 15m, 2h, 1d or 1h30m");
    }
    return total;
  }

  /** 0.1 → {@code "10%"}, 0.125 → {@code "12.5%"}. */
  public static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** The shortest of {@code 1d2h}, {@code 15m}, {@code 0}: the form {@link #duration} reads. */
  public static String duration(Duration d) {
    if (d.isZero()) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    long seconds = d.toSeconds();
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (seconds >= sizes[i]) {
        out.append(seconds / sizes[i]).append(units[i]);
        seconds %= sizes[i];
      }
    }
    return out.toString();
  }

  /** One line for humans, e.g. {@code best attempt · late -10%/day, cap 50%, grace 15m}. */
  public static String describe(Policy policy) {
    LatePolicy late = policy.late();
    String lateText =
        late.perDay().signum() == 0
            ? "no late penalty"
            : "late -"
                + percent(late.perDay())
                + "/day, cap "
                + percent(late.cap())
                + ", grace "
                + duration(late.grace());
    return policy.selection().wireName() + " attempt · " + lateText;
  }
}
