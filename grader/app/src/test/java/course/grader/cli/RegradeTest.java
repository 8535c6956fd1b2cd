package course.grader.cli;

import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course regrade} through the real CLI on a copy of the fixture course whose hidden test
 * changes its points after the students submitted.
 */
class RegradeTest {
  // Submitting is the slow part: done once, then every test works on its own copy of the file.
  @TempDir static Path shared;

  private static Path course;
  private static Path template;

  @TempDir Path tmp;

  private Path db;
  private CourseRunner runner;

  @BeforeAll
  static void twoStudentsSubmitThenATestIsReweighted() throws IOException {
    course = shared.resolve("course");
    CourseRunner.copyTree(CourseRunner.fixtureCourse(), course);
    template = shared.resolve("template.db");
    CourseRunner first = new CourseRunner(course, template);
    Path adder = course.resolve("exercises/adder");
    submit(first, "amy", adder.resolve("solution/Adder.java"));
    submit(first, "bo", adder.resolve("wrong/subtracts/Adder.java"));
    submit(first, "bo", adder.resolve("solution/Adder.java"));
    Path hidden = adder.resolve("hidden/AdderHiddenTest.java");
    // "adds a thousand" goes from 3 points to 5: the maximum goes from 11 to 13.
    Files.writeString(hidden, Files.readString(hidden).replace("@Points(3)", "@Points(5)"));
  }

  @BeforeEach
  void copyTheGradebook() throws IOException {
    db = tmp.resolve("grades.db");
    Files.copy(template, db);
    runner = new CourseRunner(course, db);
  }

  @Test
  void aDryRunPrintsOldAndNewGradesAndWritesNothing() throws Exception {
    String before = queryOne(db, "SELECT count(*) || ':' || total(score) FROM submissions");

    CourseRunner.Run run = runner.run("regrade", "adder", "--dry-run");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("2 attempts regraded, 2 changed, 0 could not be graded (dry run")
        .containsPattern("amy +1 +graded 11/11 +-> +graded 13/13 +changed")
        .containsPattern("bo +2 +graded 11/11 +-> +graded 13/13 +changed");
    assertThat(queryOne(db, "SELECT count(*) || ':' || total(score) FROM submissions"))
        .isEqualTo(before);
  }

  @Test
  void aRealRegradeAddsLinkedRowsThatKeepAttemptAndTimeAndRecordTheNewTestsHash() throws Exception {
    String oldHash = queryOne(db, "SELECT tests_hash FROM submissions WHERE student_id = 'amy'");

    CourseRunner.Run run = runner.run("regrade", "adder");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain("dry run");
    assertThat(queryOne(db, "SELECT count(*) FROM submissions")).isEqualTo("5");
    String regrade =
        "FROM submissions r JOIN submissions o ON o.id = r.regrade_of WHERE r.student_id = 'bo'";
    assertThat(queryOne(db, "SELECT o.attempt || ',' || r.attempt " + regrade)).isEqualTo("2,2");
    assertThat(queryOne(db, "SELECT r.submitted_at = o.submitted_at " + regrade)).isEqualTo("1");
    assertThat(queryOne(db, "SELECT r.score || '/' || r.max_score " + regrade))
        .isEqualTo("13.0/13.0");
    assertThat(queryOne(db, "SELECT r.tests_hash " + regrade)).isNotEqualTo(oldHash).hasSize(64);
    assertThat(
            queryOne(
                db,
                "SELECT count(*) FROM test_results t JOIN submissions r"
                    + " ON r.id = t.submission_id WHERE r.regrade_of IS NOT NULL"))
        .isEqualTo("12");
    assertThat(queryOne(db, "SELECT max_points FROM exercises WHERE slug = 'adder'"))
        .isEqualTo("13.0");

    // A second regrade links to the student's original attempt again, not to the first regrade;
    // the student's next submission is attempt 3, not 4.
    runner.run("regrade", "adder", "--student", "bo");
    assertThat(
            queryOne(
                db,
                "SELECT group_concat(DISTINCT o.regrade_of IS NULL) FROM submissions r"
                    + " JOIN submissions o ON o.id = r.regrade_of"))
        .isEqualTo("1");
    submit(runner, "bo", course.resolve("exercises/adder/solution/Adder.java"));
    assertThat(
            queryOne(
                db,
                "SELECT max(attempt) FROM submissions WHERE student_id = 'bo'"
                    + " AND regrade_of IS NULL"))
        .isEqualTo("3");
  }

  @Test
  void allAttemptsRegradesEveryOwnAttemptAndAStudentFilterKeepsToThatStudent() throws Exception {
    CourseRunner.Run run =
        runner.run("regrade", "adder", "--all-attempts", "--student", "bo", "--dry-run");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("2 attempts regraded")
        .containsPattern("bo +1 +graded 2/11 +-> +graded 2/13 +changed")
        .containsPattern("bo +2 +graded 11/11 +-> +graded 13/13")
        .doesNotContain("amy");
  }

  @Test
  void regradingAStudentWithoutAttemptsIsOneInputError() {
    CourseRunner.Run run = runner.run("regrade", "adder", "--student", "zed");

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).startsWith("course: ").contains("no attempts at adder by student zed");
  }

  private static void submit(CourseRunner runner, String student, Path file) {
    CourseRunner.Run run = runner.run("submit", "adder", file.toString(), "--student", student);
    assertThat(run.code()).as(run.toString()).isIn(0, 1);
  }
}
