package course.grader.report;

import course.catalog.CourseException;
import java.util.Objects;

/**
 * A student's id as the gradebook stores it. Constructing one refuses an id that would break
 * exports, terminals or spreadsheets: blank, control characters, longer than {@value #MAX_LENGTH}
 * characters, leading or trailing spaces, or a first character that spreadsheets read as a formula
 * ({@code = + - @}). Check it before grading, so that a bad id costs no run.
 *
 * @throws CourseException naming the problem
 */
public record StudentId(String value) {
  /** The longest accepted student id, in characters (code points). */
  public static final int MAX_LENGTH = 100;

  public StudentId {
    Objects.requireNonNull(value, "value");
    String id = value;
    String problem = null;
    if (id.isBlank()) {
      problem = "student id is blank; give a non-empty id";
    } else if (id.codePoints().anyMatch(StudentId::isControl)) {
      problem =
          "student id " + escaped(id) + " contains a control character; give an id without one";
    } else if (id.codePointCount(0, id.length()) > MAX_LENGTH) {
      problem =
          "student id '"
              + id.substring(0, id.offsetByCodePoints(0, 20))
              + "...' is longer than "
              + MAX_LENGTH
              + " characters; give a shorter id";
    } else if (!id.strip().equals(id)) {
      problem = "student id '" + id + "' starts or ends with a space; give it without";
    } else if ("=+-@".indexOf(id.charAt(0)) >= 0) {
      // A spreadsheet opening an export would run such a cell as a formula.
      problem =
          "student id '"
              + id
              + "' starts with '"
              + id.charAt(0)
              + "'; give an id that starts with a letter or digit";
    }
    if (problem != null) {
      throw CourseException.input(problem);
    }
  }

  private static boolean isControl(int codePoint) {
    return Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.LINE_SEPARATOR
        || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR;
  }

  private static String escaped(String id) {
    StringBuilder out = new StringBuilder("'");
    id.codePoints()
        .forEach(
            c -> {
              if (isControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('\'').toString();
  }

  /** The id as given. */
  @Override
  public String toString() {
    return value;
  }
}
