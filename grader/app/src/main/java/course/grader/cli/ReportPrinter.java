package course.grader.cli;

import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Points;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link GradeReport} for a person (one line per test, then the score) or as the one JSON
 * object of {@code --json}. Hidden tests show their display name and short message only.
 */
final class ReportPrinter {
  private static final int OUTPUT_LINES = 12;

  private final Console console;

  ReportPrinter(Console console) {
    this.console = console;
  }

  /** The human report; {@code attempt} is null for runs that are not recorded. */
  void printHuman(GradeReport report, String student, Integer attempt) {
    var out = console.out();
    int passed = (int) report.tests().stream().filter(t -> t.status() == TestStatus.PASSED).count();
    out.println(
        report.exercise()
            + (student == null ? "" : " · " + student)
            + ": "
            + summary(report, passed));
    for (Diagnostic d : report.diagnostics()) {
      out.println("  " + console.style("@|red " + escape(d.toString()) + "|@"));
    }
    int width = report.tests().stream().mapToInt(t -> t.name().length()).max().orElse(0);
    width = Math.min(Math.max(width, 20), 60);
    long hidden = report.tests().stream().filter(t -> !t.visible()).count();
    for (TestResult t : report.tests()) {
      String name = t.name().length() > width ? t.name().substring(0, width - 1) + "…" : t.name();
      StringBuilder line =
          new StringBuilder("  ")
              .append(mark(t))
              .append(' ')
              .append(escape(String.format("%-" + width + "s", name)))
              .append(
                  String.format(" %5s/%-3s", Points.text(t.points()), Points.text(t.maxPoints())))
              .append(t.visible() ? "        " : " hidden ");
      if (!t.message().isEmpty()) {
        line.append(escape(t.message().lines().findFirst().orElse("")));
      }
      out.println(line.toString().stripTrailing());
      if (t.visible() && !t.output().isBlank() && t.status() != TestStatus.PASSED) {
        List<String> lines = t.output().lines().toList();
        out.println("        output:");
        boolean[] shown = shownLines(lines);
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
          if (!shown[i]) {
            skipped++;
            continue;
          }
          if (skipped > 0) {
            out.println("        | … " + skipped + " more lines");
            skipped = 0;
          }
          out.println("        | " + escape(lines.get(i)));
        }
        if (skipped > 0) {
          out.println("        | … " + skipped + " more lines");
        }
      }
    }
    if (!report.note().isEmpty()) {
      out.println("  note: " + report.note());
    }
    if (hidden > 0) {
      out.println("  (" + hidden + " hidden tests show their name and a short message only)");
    }
    out.println(
        String.join(
            " · ",
            report.tests().isEmpty()
                ? "Score 0 · no tests ran"
                : "Score " + Points.fraction(report.score(), report.maxScore()),
            attempt == null ? "visible tests only, not recorded" : "attempt " + attempt,
            report.outcome().wireName()));
  }

  /**
   * The first lines of a test's output, and every {@code ```raft-sim} block in full wherever it is:
   * a Raft lab's replay prints its fault schedule as one, for the site's "Replay a lab run" page.
   */
  private static boolean[] shownLines(List<String> lines) {
    boolean[] shown = new boolean[lines.size()];
    boolean inScenario = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("```raft-sim")) {
        inScenario = true;
      }
      shown[i] = i < OUTPUT_LINES || inScenario;
      if (inScenario && line.equals("```")) {
        inScenario = false;
      }
    }
    return shown;
  }

  private static String summary(GradeReport report, int passed) {
    return switch (report.outcome()) {
      case COMPILE_ERROR -> "did not compile";
      case REJECTED -> "rejected before compiling";
      default -> passed + " of " + report.tests().size() + " tests passed";
    };
  }

  String mark(TestResult t) {
    return switch (t.status()) {
      case PASSED -> console.style("@|green PASS |@");
      case FAILED -> console.style("@|red FAIL |@");
      case ERRORED -> console.style("@|red ERROR|@");
      case TIMED_OUT -> console.style("@|yellow TIME |@");
      case CRASHED -> console.style("@|red CRASH|@");
      case OUT_OF_MEMORY -> console.style("@|red MEM  |@");
      case OUTPUT_LIMIT -> console.style("@|red FLOOD|@");
    };
  }

  /** The one JSON object of {@code --json}. */
  void printJson(GradeReport report, String student, Integer attempt) {
    printJson(report, student, attempt, Map.of());
  }

  /** The one JSON object of {@code --json}, with {@code extra} fields after "attempt". */
  void printJson(GradeReport report, String student, Integer attempt, Map<String, Object> extra) {
    console
        .out()
        .println(
            toJson(course.grader.wire.WireJson.report(report, student, attempt, extra, false)));
  }

  static String toJson(Object value) {
    return course.grader.wire.WireJson.text(value);
  }

  /** Student-controlled text must not inject picocli markup or terminal escapes. */
  static String escape(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> clean.appendCodePoint(Character.isISOControl(c) && c != '\t' ? '?' : c));
    return clean.toString().replace("@|", "@ |").replace("|@", "| @");
  }

  /** Exit code for a report: 0 when every test passed, else 1. */
  static int exitCode(GradeReport report) {
    return ExitCode.okIf(report.allPassed());
  }
}
