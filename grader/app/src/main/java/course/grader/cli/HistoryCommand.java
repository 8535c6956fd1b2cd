package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Feedback;
import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.UtcTime;
import course.grader.policy.GradeSheet;
import course.grader.report.HiddenFeedback;
import course.grader.report.Points;
import course.grader.report.TestResult;
import course.grader.service.HistoryService;
import course.grader.service.HistoryService.Row;
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
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin PolicyOptions policy;

  @Option(
      names = "--student",
      paramLabel = "ID",
      description = "The student id (in a student kit: the logged-in student, always).")
  String student;

  @Option(names = "--exercise", paramLabel = "SLUG", description = "Only this exercise.")
  String exercise;

  @Option(names = "--tests", description = "List every test of every attempt.")
  boolean tests;

  @Option(names = "--json", description = "Print a JSON array of attempts.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<Remote> remote = Remote.of(common);
    if (remote.isPresent()) {
      return ServedHistory.run(remote.get(), common, parent.console(), exercise, json, tests);
    }
    if (student == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--student=ID'");
    }
    policy.policy(common);
    Map<String, Feedback> feedback = feedback(common);
    List<Map<String, Object>> rows = new ArrayList<>();
    GradeSheet sheet = null;
    Optional<Gradebook> existing = common.existingGradebook();
    if (existing.isPresent()) {
      try (Gradebook gradebook = existing.get()) {
        sheet = policy.sheet(gradebook, common, student);
        rows.addAll(rows(gradebook, sheet, student, exercise, feedback));
      }
    }
    return HistoryPrinter.show(
        parent.console(), rows, sheet, student, common.dbWhere(), exercise, json, tests);
  }

  /**
   * A student's rows as {@code --json} prints them (also what the grading server answers), each
   * attempt's hidden tests cut to its exercise's {@code feedback} level.
   */
  static List<Map<String, Object>> rows(
      Gradebook gradebook,
      GradeSheet sheet,
      String student,
      String exerciseOrNull,
      Map<String, Feedback> feedback) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row r : new HistoryService(gradebook).rows(sheet, student, exerciseOrNull)) {
      rows.add(toMap(r, shown(r, feedback), sheet.policy().selection().wireName()));
    }
    return rows;
  }

  /**
   * Each exercise's feedback level. Rows recorded before an exercise set {@code feedback} (or
   * before the grader had it) hold more than it allows: they are cut as they are shown. Without a
   * course, every exercise gets the default.
   */
  static Map<String, Feedback> feedback(Common common) {
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

  private static Map<String, Object> toMap(Row r, List<TestResult> shownTests, String select) {
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
    // Which attempt the policy counts ("best" or "last"), so a kit's 'list' words it as here.
    m.put("select", select);
    m.put("sha256", a.sha256());
    m.put("duration_ms", a.durationMillis());
    m.put("note", a.note());
    m.put("reason", a.reason());
    List<Map<String, Object>> list = new ArrayList<>();
    for (TestResult t : shownTests) {
      list.add(course.grader.wire.WireJson.test(t, true));
    }
    m.put("tests", list);
    return m;
  }
}
