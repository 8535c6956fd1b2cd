package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Feedback;
import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.UtcTime;
import course.grader.policy.GradeSheet;
import course.grader.policy.Lateness;
import course.grader.policy.PolicyText;
import course.grader.report.HiddenFeedback;
import course.grader.report.Points;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import course.grader.service.HistoryService;
import course.grader.service.HistoryService.Row;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course history}: a student's recorded attempts, with lateness under a policy. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Show a student's recorded attempts, newest last.",
    footer = {
      "",
      "Each attempt: exercise, attempt number, time, outcome, score, tests passed, how it stands",
      "against the student's deadline (an extension's, else the exercise's due) and, with a late",
      "penalty, the score after it. '<- counts' marks the grade the policy counts.",
      "",
      "Examples:",
      "  course history --student alice",
      "  course history --student alice --exercise height-checker --tests",
      "  course history --student alice --late-per-day 10%% --grace 15m --json"
    })
final class HistoryCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin PolicyOptions policy;

  @Option(names = "--student", required = true, paramLabel = "ID", description = "The student id.")
  String student;

  @Option(names = "--exercise", paramLabel = "SLUG", description = "Only this exercise.")
  String exercise;

  @Option(names = "--tests", description = "List every test of every attempt.")
  boolean tests;

  @Option(names = "--json", description = "Print a JSON array of attempts.")
  boolean json;

  @Override
  public Integer call() {
    policy.policy(common);
    List<Row> rows = new ArrayList<>();
    Optional<Gradebook> existing = common.existingGradebook();
    GradeSheet sheet = null;
    if (existing.isPresent()) {
      try (Gradebook gradebook = existing.get()) {
        sheet = policy.sheet(gradebook, common, student);
        rows.addAll(new HistoryService(gradebook).rows(sheet, student, exercise));
      }
    }
    var out = parent.console().out();
    Map<String, Feedback> feedback = feedback();
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(toMap(r, shown(r, feedback)));
      }
      out.println(ReportPrinter.toJson(list));
      return ExitCode.OK;
    }
    if (rows.isEmpty()) {
      out.println(
          "no attempts recorded for "
              + student
              + (exercise == null ? "" : " on " + exercise)
              + " in "
              + common.dbPath());
      return ExitCode.OK;
    }
    ReportPrinter printer = new ReportPrinter(parent.console());
    for (Row r : rows) {
      Attempt a = r.attempt();
      long passed = a.tests().stream().filter(t -> t.status() == TestStatus.PASSED).count();
      String line =
          String.format(
              "%-20s #%-3d %s  %-13s %5s/%-4s %d/%d tests  %s%s%s",
              a.exercise(),
              a.attempt(),
              TIME.format(a.submittedAt()),
              a.outcome().wireName(),
              Points.text(a.score()),
              Points.text(a.maxScore()),
              passed,
              a.tests().size(),
              late(r),
              r.regradeOf().map(id -> "  regrade of submission " + id).orElse(""),
              r.counted() ? "  <- counts" : "");
      out.println(ReportPrinter.escape(line.stripTrailing()));
      if (a.tests().isEmpty() && !a.reason().isEmpty()) {
        // A compile error or rejection: the instructor sees why at once, not just 0/12.
        out.println("    " + ReportPrinter.escape(a.reason()));
      }
      if (tests) {
        for (TestResult t : shown(r, feedback)) {
          out.println(
              ("    "
                      + printer.mark(t)
                      + " "
                      + ReportPrinter.escape(t.name())
                      + "  "
                      + Points.text(t.points())
                      + "/"
                      + Points.text(t.maxPoints())
                      + (t.visible() ? "" : "  hidden")
                      + (t.message().isEmpty()
                          ? ""
                          : "  "
                              + ReportPrinter.escape(t.message().lines().findFirst().orElse(""))))
                  .stripTrailing());
        }
      }
    }
    if (sheet != null && sheet.policy().late().perDay().signum() > 0) {
      out.println("policy: " + PolicyText.describe(sheet.policy()));
    }
    return ExitCode.OK;
  }

  private static String late(Row r) {
    Lateness l = r.lateness();
    return switch (l.status()) {
      case NO_DEADLINE -> "no deadline";
      case ON_TIME -> "on time";
      case GRACE -> "late, within grace";
      case LATE ->
          "late "
              + l.days()
              + "d"
              + (l.penalty().signum() == 0
                  ? ""
                  : " -" + PolicyText.percent(l.penalty()) + " = " + Points.text(r.finalScore()));
    };
  }

  /**
   * Each exercise's feedback level. Rows recorded before an exercise set {@code feedback} (or
   * before the grader had it) hold more than it allows: they are cut as they are shown. Without a
   * course to read, the default level.
   */
  private Map<String, Feedback> feedback() {
    Map<String, Feedback> levels = new LinkedHashMap<>();
    try {
      common.catalog().exercises().forEach(e -> levels.put(e.slug(), e.feedback()));
    } catch (CourseException e) {
      // No course here: every exercise gets the default.
    }
    return levels;
  }

  private static List<TestResult> shown(Row r, Map<String, Feedback> feedback) {
    Attempt a = r.attempt();
    return HiddenFeedback.apply(feedback.getOrDefault(a.exercise(), Feedback.MESSAGE), a.tests());
  }

  private static Map<String, Object> toMap(Row r, List<TestResult> shownTests) {
    Attempt a = r.attempt();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exercise", a.exercise());
    m.put("student", a.studentId());
    m.put("attempt", a.attempt());
    m.put("submission_id", a.submissionId());
    m.put("regrade_of", r.regradeOf().orElse(null));
    m.put("submitted_at", UtcTime.format(a.submittedAt()));
    m.put("outcome", a.outcome().wireName());
    m.put("score", Points.json(a.score()));
    m.put("max_score", Points.json(a.maxScore()));
    m.put("deadline", r.deadline().map(UtcTime::format).orElse(null));
    m.put("timeliness", r.lateness().status().wireName());
    m.put("late_ms", r.lateness().lateMillis());
    m.put("days_late", r.lateness().days());
    m.put("penalty", r.lateness().penalty().stripTrailingZeros());
    m.put("final_score", Points.json(r.finalScore()));
    m.put("counted", r.counted());
    m.put("sha256", a.sha256());
    m.put("duration_ms", a.durationMillis());
    m.put("note", a.note());
    m.put("reason", a.reason());
    List<Map<String, Object>> list = new ArrayList<>();
    for (TestResult t : shownTests) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("id", t.id());
      test.put("name", t.name());
      test.put("status", t.status().wireName());
      test.put("points", Points.json(t.points()));
      test.put("max_points", Points.json(t.maxPoints()));
      test.put("visible", t.visible());
      test.put("message", t.message());
      list.add(test);
    }
    m.put("tests", list);
    return m;
  }
}
