package course.grader.cli;

import static course.grader.cli.Gradebooks.regrade;
import static course.grader.cli.Gradebooks.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.grader.gradebook.Gradebook;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every policy on hand-computed examples, through the real CLI and a real SQLite file. The fixture
 * exercise {@code adder} is due {@link #DUE}; scores are out of 10. The late policy under test is
 * 10% per started day, capped at 50%, with 15 minutes of grace.
 */
class PoliciesThroughCliTest {
  static final Instant DUE = Instant.parse("2026-12-01T23:59:00Z");
  static final Duration GRACE = Duration.ofMinutes(15);
  static final Duration DAY = Duration.ofDays(1);
  static final String[] LATE = {"--late-per-day", "10%", "--late-cap", "50%", "--grace", "15m"};

  @TempDir Path tmp;
  Path db;
  CourseRunner course;

  @BeforeEach
  void gradebook() throws Exception {
    db = tmp.resolve("gradebook.db");
    course = new CourseRunner(CourseRunner.fixtureCourse(), db);
    long gusFirst;
    try (Gradebook g = Gradebook.open(db)) {
      // ann: on time 6, then 10 exactly one day after the grace ends: 1 day, 10 - 10% = 9.
      submit(g, "ann", "adder", DUE.minus(Duration.ofHours(1)), 6);
      submit(g, "ann", "adder", DUE.plus(GRACE).plus(DAY), 10);
      // bob: 1 ms more than that: 2 days, 10 - 20% = 8.
      submit(g, "bob", "adder", DUE.plus(GRACE).plus(DAY).plusMillis(1), 10);
      // cat: late by exactly the grace: forgiven, 10.
      submit(g, "cat", "adder", DUE.plus(GRACE), 10);
      // dan: 1 ms past the grace: 1 day, 9.
      submit(g, "dan", "adder", DUE.plus(GRACE).plusMillis(1), 10);
      // eve: 10 days late: 100%, capped at 50%: 5.
      submit(g, "eve", "adder", DUE.plus(Duration.ofDays(10)), 10);
      // fay (extension of 2 days, granted below): on time 7 at +1 day; then 10 an hour after
      // her extension: 1 day, 9.
      submit(g, "fay", "adder", DUE.plus(DAY), 7);
      submit(g, "fay", "adder", DUE.plus(DAY.multipliedBy(2)).plus(Duration.ofHours(1)), 10);
      // gus: on time 4, then 6 one day late (24 h - 15 min: 1 day): 5.4. Attempt 1 is regraded
      // twice, long after the deadline; the newest regrade (10) counts, on time.
      gusFirst = submit(g, "gus", "adder", DUE.minus(Duration.ofHours(1)), 4);
      submit(g, "gus", "adder", DUE.plus(DAY), 6);
    }
    regrade(db, gusFirst, 2, DUE.plus(Duration.ofDays(30)));
    regrade(db, gusFirst, 10, DUE.plus(Duration.ofDays(31)));
    CourseRunner.Run grant =
        course.run("extension", "grant", "adder", "--student", "fay", "--days", "2");
    assertThat(grant.code()).as(grant.toString()).isZero();
    assertThat(grant.out())
        .isEqualTo(
            "extension: fay on adder until 2026-12-03T23:59:00.000Z (due 2026-12-01T23:59:00.000Z)\n");
  }

  private Map<String, String> scores(String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "gradebook";
    args[1] = "export";
    args[2] = "--format";
    args[3] = "json";
    System.arraycopy(options, 0, args, 4, options.length);
    CourseRunner.Run run = course.run(args);
    assertThat(run.code()).as(run.toString()).isZero();
    Map<String, String> scores = new LinkedHashMap<>();
    for (JsonNode student : run.json().get("students")) {
      JsonNode grade = student.get("grades").get("adder");
      scores.put(
          student.get("id").asText(),
          grade.get("score").asText() + " #" + grade.get("attempt").asText());
    }
    return scores;
  }

  private static String[] with(String policy) {
    String[] args = new String[LATE.length + 2];
    args[0] = "--policy";
    args[1] = policy;
    System.arraycopy(LATE, 0, args, 2, LATE.length);
    return args;
  }

  @Test
  void bestCountsTheHighestScoreAfterPenaltiesWithDayBoundariesGraceCapExtensionAndRegrades() {
    assertThat(scores(with("best")))
        .containsExactly(
            Map.entry("ann", "9 #2"),
            Map.entry("bob", "8 #1"),
            Map.entry("cat", "10 #1"),
            Map.entry("dan", "9 #1"),
            Map.entry("eve", "5 #1"),
            Map.entry("fay", "9 #2"),
            Map.entry("gus", "10 #1"));
  }

  @Test
  void lastCountsTheHighestAttemptNumberNeverARegradeRow() {
    Map<String, String> last = scores(with("last"));
    assertThat(last).containsEntry("ann", "9 #2").containsEntry("fay", "9 #2");
    assertThat(last).containsEntry("gus", "5.4 #2");
  }

  @Test
  void firstCountsAttemptOneWithItsNewestRegrade() {
    Map<String, String> first = scores(with("first"));
    assertThat(first)
        .containsEntry("ann", "6 #1")
        .containsEntry("fay", "7 #1")
        .containsEntry("gus", "10 #1");
  }

  @Test
  void withoutLateOptionsNothingIsDeductedAndBestIsTheDefault() {
    assertThat(scores())
        .containsEntry("ann", "10 #2")
        .containsEntry("bob", "10 #1")
        .containsEntry("eve", "10 #1")
        .containsEntry("gus", "10 #1");
  }

  @Test
  void theJsonStatesTheLatenessOfTheCountedAttempt() {
    CourseRunner.Run run =
        course.run(concat(new String[] {"gradebook", "export", "--format", "json"}, LATE));
    JsonNode students = run.json().get("students");
    JsonNode bob = students.get(1).get("grades").get("adder");
    assertThat(bob.get("timeliness").asText()).isEqualTo("late");
    assertThat(bob.get("late_ms").asLong()).isEqualTo(GRACE.plus(DAY).toMillis() + 1);
    assertThat(bob.get("days_late").asInt()).isEqualTo(2);
    assertThat(bob.get("penalty").asText()).isEqualTo("0.2");
    assertThat(bob.get("raw_score").asInt()).isEqualTo(10);
    JsonNode cat = students.get(2).get("grades").get("adder");
    assertThat(cat.get("timeliness").asText()).isEqualTo("grace");
    JsonNode fay = students.get(5).get("grades").get("adder");
    assertThat(fay.get("deadline").asText()).isEqualTo("2026-12-03T23:59:00.000Z");
    JsonNode gus = students.get(6).get("grades").get("adder");
    assertThat(gus.get("graded_by").asLong()).isNotEqualTo(gus.get("submission_id").asLong());
    assertThat(gus.get("timeliness").asText()).isEqualTo("on_time");
    assertThat(run.json().get("policy").toString())
        .isEqualTo(
            "{\"select\":\"best\",\"late_per_day\":0.1,\"late_cap\":0.5,\"grace_ms\":900000}");
  }

  @Test
  void theNewestGrantWinsAndDaysZeroTakesAnExtensionBack() {
    assertThat(scores(with("first"))).containsEntry("fay", "7 #1");
    course.run("extension", "grant", "adder", "--student", "fay", "--days", "0");
    // Back to the exercise's due: +1 day is 1 day late (23 h 45 min after the grace).
    assertThat(scores(with("first"))).containsEntry("fay", "6.3 #1");
    CourseRunner.Run list = course.run("extension", "list", "--json");
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).get("until").asText()).isEqualTo("2026-12-01T23:59:00.000Z");
  }

  @Test
  void anExtensionUntilADateTimeWithAnOffsetIsStoredAsItsUtcInstant() {
    CourseRunner.Run run =
        course.run(
            "extension", "grant", "adder", "--student", "ann", "--until", "2026-12-03T01:00+01:00");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("until 2026-12-03T00:00:00.000Z");
    assertThat(course.run("extension", "list").out()).contains("ann").contains("adder");
  }

  @Test
  void badPolicyOptionsAreOneLineNamingTheOptionAndTheFix() {
    CourseRunner.Run run = course.run("gradebook", "export", "--late-per-day", "10");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "course: --late-per-day '10' is not a percentage; write one like 10% or 12.5%\n");
    CourseRunner.Run grace = course.run("gradebook", "show", "--grace", "15 minutes");
    assertThat(grace.code()).isEqualTo(2);
    assertThat(grace.err()).startsWith("course: --grace '15 minutes' is not a duration");
    CourseRunner.Run format = course.run("gradebook", "export", "--format", "xlsx");
    assertThat(format.err())
        .isEqualTo(
            "course: --format 'xlsx' is not a format; use one of csv, detailed-csv, json, canvas,"
                + " moodle\n");
  }

  @Test
  void extensionsWithoutADueDateOrWithABadDateAreRefusedAndNothingIsStored() {
    CourseRunner.Run noDue =
        course.run("extension", "grant", "looper", "--student", "ann", "--days", "2");
    assertThat(noDue.code()).isEqualTo(2);
    assertThat(noDue.err())
        .isEqualTo(
            "course: looper has no 'due' in its exercise.md front matter, so --days has nothing"
                + " to add to; give --until DATE-TIME instead\n");
    CourseRunner.Run badDate =
        course.run("extension", "grant", "adder", "--student", "ann", "--until", "tomorrow");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).startsWith("course: --until 'tomorrow' is not an ISO-8601 date-time");
    CourseRunner.Run both =
        course.run(
            "extension",
            "grant",
            "adder",
            "--student",
            "ann",
            "--days",
            "1",
            "--until",
            "2026-12-03T00:00Z");
    assertThat(both.code()).isEqualTo(2);
    assertThat(course.run("extension", "list", "--json").json()).hasSize(1); // fay's only
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
