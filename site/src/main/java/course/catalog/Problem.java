package course.catalog;

import java.util.Comparator;

/**
 * One thing found wrong in a course file, printed as one line: {@code file:line: message}. The
 * message says what to fix. Problems are values with their location as data: the catalog and the
 * build collect all of them and fail once; a {@link CourseException} thrown for one carries it.
 *
 * @param file the file, relative to the course root ({@code /} separators)
 * @param line 1-based; 0 when the problem is about the file as a whole
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparing(Problem::message);

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
