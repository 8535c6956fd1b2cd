package course.site;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing the strict build found wrong, printed as one line: {@code file:line: message}. The
 * message says what to fix. Problems are values: the build collects all of them and fails once.
 *
 * @param file the file, relative to the course root ({@code /} separators)
 * @param line 1-based; 0 when the problem is about the file as a whole
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
  private static final Pattern LOCATED = Pattern.compile("(?s)([^:\\s][^:]*):(\\d+): (.*)");
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::message);

  /** A problem from a one-line error message that may already start with {@code file:line: }. */
  public static Problem fromMessage(String fallbackFile, String message) {
    Matcher m = LOCATED.matcher(message);
    if (m.matches()) {
      return new Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    String prefix = fallbackFile + ": ";
    return new Problem(
        fallbackFile, 0, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
