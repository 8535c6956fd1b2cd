package course.grader.report;

import course.catalog.Feedback;
import java.util.List;
import java.util.Objects;

/**
 * What a hidden test may tell the student, by the exercise's {@link Feedback} level: its name only,
 * its message cut to one line, or all of it. Applied before a report is recorded or printed, so the
 * gradebook never holds more than the student may see; visible tests are left as they are.
 */
public final class HiddenFeedback {
  /** A value (between brackets or quotes) longer than this is cut: most likely a test's input. */
  static final int VALUE = 40;

  /** The one line a {@link Feedback#MESSAGE} keeps is at most this long. */
  static final int LINE = 160;

  private static final String CUT = "…";

  /** Where the harness says the failure happened, at the end of a message: kept when cut. */
  private static final java.util.regex.Pattern AT =
      java.util.regex.Pattern.compile(" \\(at [A-Za-z0-9_$]+\\.java:\\d+\\)$");

  private HiddenFeedback() {}

  /** {@code report} with its hidden tests' messages as {@code level} allows. */
  public static GradeReport apply(Feedback level, GradeReport report) {
    Objects.requireNonNull(level, "level");
    if (level == Feedback.FULL) {
      return report;
    }
    return new GradeReport(
        report.exercise(),
        report.files(),
        report.outcome(),
        apply(level, report.tests()),
        report.diagnostics(),
        report.testsHash(),
        report.note(),
        report.durationMillis(),
        report.maxScore());
  }

  /** {@code tests} with the hidden ones' messages as {@code level} allows. */
  public static List<TestResult> apply(Feedback level, List<TestResult> tests) {
    return tests.stream().map(t -> apply(level, t)).toList();
  }

  private static TestResult apply(Feedback level, TestResult t) {
    if (t.visible() || level == Feedback.FULL || t.message().isEmpty()) {
      return t;
    }
    String message = level == Feedback.NAME ? "" : message(t.message());
    return new TestResult(
        t.id(),
        t.name(),
        t.visible(),
        t.status(),
        t.points(),
        t.maxPoints(),
        message,
        t.output(),
        t.durationMillis());
  }

  /**
   * The {@link Feedback#MESSAGE} form of a message: its first non-blank line, each value in it
   * (between {@code [] () {} <>} or double quotes) longer than {@value #VALUE} characters cut, the
   * line cut at {@value #LINE}; every cut marked with "…". Where the failure happened ({@code (at
   * Foo.java:12)}, which the harness appends) is kept. Applying it twice changes nothing.
   */
  static String message(String message) {
    java.util.regex.Matcher at = AT.matcher(message.stripTrailing());
    String where = at.find() ? at.group() : "";
    String text = message.stripTrailing();
    text = text.substring(0, text.length() - where.length());
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      return where.strip();
    }
    String line = cutValues(lines.get(0).strip());
    if (line.length() > LINE) {
      line = line.substring(0, LINE - 1) + CUT;
    }
    if (lines.size() > 1 && !line.endsWith(CUT)) {
      line = line + " " + CUT;
    }
    return line + where;
  }

  private static String cutValues(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int close = closing(line, i);
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String inner = line.substring(i + 1, close);
      out.append(c);
      if (inner.length() > VALUE) {
        out.append(inner, 0, VALUE).append(CUT);
      } else {
        out.append(inner);
      }
      out.append(line.charAt(close));
      i = close + 1;
    }
    return out.toString();
  }

  /** The index of the bracket or quote closing the one at {@code open}; -1 when none does. */
  private static int closing(String line, int open) {
    char c = line.charAt(open);
    char close =
        switch (c) {
          case '[' -> ']';
          case '(' -> ')';
          case '{' -> '}';
          case '<' -> '>';
          case '"' -> '"';
          default -> 0;
        };
    if (close == 0) {
      return -1;
    }
    int depth = 0;
    for (int i = open + 1; i < line.length(); i++) {
      char d = line.charAt(i);
      if (d == close && depth == 0) {
        return i;
      }
      if (c != '"' && d == c) {
        depth++;
      } else if (c != '"' && d == close) {
        depth--;
      }
    }
    return -1;
  }
}
