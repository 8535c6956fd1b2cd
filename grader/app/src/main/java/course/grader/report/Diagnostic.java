package course.grader.report;

import java.util.Objects;

/**
 * One problem found in a submission before it ran: a syntax or compiler error. {@code line} and
 * {@code column} are 1-based; 0 when unknown.
 */
public record Diagnostic(String file, long line, long column, String message) {
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}, the form editors and terminals link. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }

  /** {@code file:line: message} on one line (the first line of the message), for tables. */
  public String shown() {
    String first = message.lines().findFirst().orElse("").strip();
    return line > 0 ? file + ":" + line + ": " + first : file + ": " + first;
  }
}
