package course.grader.gradebook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one text form of an instant in the gradebook. {@link Instant#toString()} drops zero fractions
 * and varies the number of digits, so its strings do not sort in time order; a fixed millisecond
 * form does.
 */
public final class UtcTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private UtcTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  public static Instant parse(String text) {
    return Instant.parse(text);
  }
}
