package course.grader.cli;

import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import course.grader.judge.TestResult;
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

/** {@code course history}: a student's recorded attempts. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Show a student's recorded attempts, newest last.",
    footer = {
      "",
      "Examples:",
      "  course history --student alice",
      "  course history --student alice --exercise height-checker --json"
    })
final class HistoryCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Option(names = "--student", required = true, paramLabel = "ID", description = "The student id.")
  String student;

  @Option(names = "--exercise", paramLabel = "SLUG", description = "Only this exercise.")
  String exercise;

  @Option(names = "--json", description = "Print a JSON array of attempts.")
  boolean json;

  @Override
  public Integer call() {
    List<Attempt> attempts = List.of();
    Optional<Gradebook> existing = common.existingGradebook();
    if (existing.isPresent()) {
      try (Gradebook gradebook = existing.get()) {
        attempts = gradebook.history(student, exercise);
      }
    }
    var out = parent.console().out();
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Attempt a : attempts) {
        list.add(toMap(a));
      }
      out.println(ReportPrinter.toJson(list));
      return Cli.OK;
    }
    if (attempts.isEmpty()) {
      out.println(
          "no attempts recorded for "
              + student
              + (exercise == null ? "" : " on " + exercise)
              + " in "
              + common.dbPath());
      return Cli.OK;
    }
    for (Attempt a : attempts) {
      long passed = a.tests().stream().filter(t -> t.status().wireName().equals("passed")).count();
      out.printf(
          "%-20s #%-3d %s  %-13s %5s/%-4s %d/%d tests  %s%n",
          a.exercise(),
          a.attempt(),
          TIME.format(a.submittedAt()),
          a.outcome().wireName(),
          ReportPrinter.number(a.score()),
          ReportPrinter.number(a.maxScore()),
          passed,
          a.tests().size(),
          a.sha256().substring(0, Math.min(12, a.sha256().length())));
    }
    return Cli.OK;
  }

  private static Map<String, Object> toMap(Attempt a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exercise", a.exercise());
    m.put("student", a.studentId());
    m.put("attempt", a.attempt());
    m.put("submitted_at", a.submittedAt().toString());
    m.put("outcome", a.outcome().wireName());
    m.put("score", ReportPrinter.number(a.score()));
    m.put("max_score", ReportPrinter.number(a.maxScore()));
    m.put("sha256", a.sha256());
    m.put("duration_ms", a.durationMillis());
    m.put("note", a.note());
    List<Map<String, Object>> tests = new ArrayList<>();
    for (TestResult t : a.tests()) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("name", t.name());
      test.put("status", t.status().wireName());
      test.put("points", ReportPrinter.number(t.points()));
      test.put("max_points", ReportPrinter.number(t.maxPoints()));
      test.put("visible", t.visible());
      test.put("message", t.message());
      tests.add(test);
    }
    m.put("tests", tests);
    return m;
  }
}
