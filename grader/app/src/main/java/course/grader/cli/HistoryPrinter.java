package course.grader.cli;

import course.grader.gradebook.UtcTime;
import course.grader.policy.GradeSheet;
import course.grader.policy.PolicyText;
import course.grader.report.Points;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Prints {@code course history}'s rows (a gradebook's, or a grading server's): one line per
 * attempt, or the JSON array of {@code --json}. Refers to nothing of picocli (see {@link
 * ServedSubmit}).
 */
final class HistoryPrinter {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private HistoryPrinter() {}

  /** Prints {@code rows} as asked; {@code sheet} is null for rows from a grading server. */
  static int show(
      Console console,
      List<Map<String, Object>> rows,
      GradeSheet sheet,
      String who,
      String where,
      String exercise,
      boolean json,
      boolean tests) {
    var out = console.out();
    if (json) {
      out.println(ReportPrinter.toJson(rows));
      return ExitCode.OK;
    }
    if (rows.isEmpty()) {
      out.println(
          "no attempts recorded for "
              + who
              + (exercise == null ? "" : " on " + exercise)
              + " in "
              + where);
      return ExitCode.OK;
    }
    print(console, rows, tests);
    if (sheet != null && sheet.policy().late().perDay().signum() > 0) {
      out.println("policy: " + PolicyText.describe(sheet.policy()));
    }
    return ExitCode.OK;
  }

  /** The human lines of rows as {@link #toMap} makes them (or as the server sends them). */
  private static void print(Console console, List<Map<String, Object>> rows, boolean tests) {
    var out = console.out();
    ReportPrinter printer = new ReportPrinter(console);
    for (Map<String, Object> r : rows) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> testList = (List<Map<String, Object>>) r.get("tests");
      long passed =
          testList.stream().filter(t -> "passed".equals(String.valueOf(t.get("status")))).count();
      Object regradeOf = r.get("regrade_of");
      String line =
          String.format(
              "%-20s #%-3d %s  %-13s %5s/%-4s %d/%d tests  %s%s%s",
              r.get("exercise"),
              number(r.get("attempt")).intValue(),
              TIME.format(UtcTime.parse(String.valueOf(r.get("submitted_at")))),
              r.get("outcome"),
              Points.text(number(r.get("score")).doubleValue()),
              Points.text(number(r.get("max_score")).doubleValue()),
              passed,
              testList.size(),
              late(r),
              regradeOf == null ? "" : "  regrade of submission " + regradeOf,
              Boolean.TRUE.equals(r.get("counted")) ? "  <- counts" : "");
      out.println(ReportPrinter.escape(line.stripTrailing()));
      String reason = String.valueOf(r.getOrDefault("reason", ""));
      if (testList.isEmpty() && !reason.isEmpty()) {
        // A compile error or rejection: the instructor sees why at once, not just 0/12.
        out.println("    " + ReportPrinter.escape(reason));
      }
      if (tests) {
        for (Map<String, Object> t : testList) {
          TestResult shown =
              new TestResult(
                  "",
                  String.valueOf(t.get("name")),
                  Boolean.TRUE.equals(t.get("visible")),
                  TestStatus.fromWire(String.valueOf(t.get("status"))),
                  number(t.get("points")).doubleValue(),
                  number(t.get("max_points")).doubleValue(),
                  String.valueOf(t.get("message")),
                  "",
                  0);
          out.println(
              ("    "
                      + printer.mark(shown)
                      + " "
                      + ReportPrinter.escape(shown.name())
                      + "  "
                      + Points.text(shown.points())
                      + "/"
                      + Points.text(shown.maxPoints())
                      + (shown.visible() ? "" : "  hidden")
                      + (shown.message().isEmpty()
                          ? ""
                          : "  "
                              + ReportPrinter.escape(
                                  shown.message().lines().findFirst().orElse(""))))
                  .stripTrailing());
        }
      }
    }
  }

  private static Number number(Object value) {
    if (value instanceof Number n) {
      return n;
    }
    return new java.math.BigDecimal(String.valueOf(value));
  }

  private static String late(Map<String, Object> r) {
    course.grader.policy.Timeliness status =
        course.grader.policy.Timeliness.valueOf(
            String.valueOf(r.get("timeliness")).toUpperCase(java.util.Locale.ROOT));
    return switch (status) {
      case NO_DEADLINE -> "no deadline";
      case ON_TIME -> "on time";
      case GRACE -> "late, within grace";
      case LATE -> {
        java.math.BigDecimal penalty = new java.math.BigDecimal(String.valueOf(r.get("penalty")));
        yield "late "
            + r.get("days_late")
            + "d"
            + (penalty.signum() == 0
                ? ""
                : " -"
                    + PolicyText.percent(penalty)
                    + " = "
                    + Points.text(number(r.get("final_score")).doubleValue()));
      }
    };
  }
}
