package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's policy lives in course.yaml (issue 18, point 10): which attempt counts, the late
 * penalty and the grace; the flags of show, export and history override it; submit says how late an
 * attempt is and what it costs ("late by 2 h, 10 % off").
 */
class CoursePolicyTest {
  @TempDir Path tmp;
  Path course;
  CourseRunner runner;

  @BeforeEach
  void courseWithAPastDueDate() throws IOException {
    course = tmp.resolve("course");
    Path from = CourseRunner.fixtureCourse();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path to = course.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Instant due = Instant.now().minus(Duration.ofMinutes(130)).truncatedTo(ChronoUnit.SECONDS);
    Path md = course.resolve("exercises/adder/exercise.md");
    Files.writeString(md, Files.readString(md).replaceFirst("(?m)^due: .*$", "due: " + due));
    runner = new CourseRunner(course, tmp.resolve("gradebook.db"));
  }

  @Test
  void submitSaysHowLateAndWhatItCostsUnderTheCoursePolicy() throws IOException {
    Files.writeString(
        course.resolve("course.yaml"),
        "policy:\n  select: last\n  late_per_day: 10%\n  grace: 15m\n");
    String solution = course.resolve("exercises/adder/solution/Adder.java").toString();
    CourseRunner.Run submit = runner.run("submit", "adder", solution, "--student", "ann");
    assertThat(submit.code()).as(submit.toString()).isZero();
    assertThat(submit.out()).containsPattern("(?m)^late by 2 h( 1[0-9] min)?, 10 % off$");

    CourseRunner.Run json = runner.run("submit", "adder", solution, "--student", "ann", "--json");
    assertThat(json.json().get("timeliness").asText()).isEqualTo("late");
    assertThat(json.json().get("penalty").asDouble()).isEqualTo(0.1);

    assertThat(runner.run("history", "--student", "ann").out()).contains("late 1d -10%");
    assertThat(runner.run("history", "--student", "ann", "--late-per-day", "20%").out())
        .contains("late 1d -20%")
        .doesNotContain("-10%");
    assertThat(runner.run("gradebook", "show").out())
        .contains("last attempt · late -10%/day, cap 100%, grace 15m");
    assertThat(runner.run("gradebook", "show", "--policy", "best", "--grace", "0").out())
        .contains("best attempt · late -10%/day, cap 100%, grace 0");
  }

  @Test
  void gradeSaysOfEachRowHowLateItWasAndWhatItCostsAsSubmitDoes() throws IOException {
    Files.writeString(
        course.resolve("course.yaml"), "policy:\n  late_per_day: 10%\n  grace: 15m\n");
    Path solution = course.resolve("exercises/adder/solution/Adder.java");
    Path folder = tmp.resolve("downloads");
    // ann's file is from now (2 h 10 min after the due date), bob's from before it.
    Path ann = Files.createDirectories(folder.resolve("ann")).resolve("Adder.java");
    Files.copy(solution, ann);
    Path bob = Files.createDirectories(folder.resolve("bob")).resolve("Adder.java");
    Files.copy(solution, bob);
    Files.setLastModifiedTime(
        bob, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(3))));

    CourseRunner.Run grade = runner.run("grade", "adder", folder.toString());
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(grade.out()).containsPattern("(?m)^STUDENT +OUTCOME +SCORE +ATTEMPT +LATE +NOTE$");
    assertThat(grade.out())
        .as(grade.toString())
        .containsPattern("(?m)^ann +graded +\\S+ +1 +late by 2 h( 1[0-9] min)?, 10 % off$")
        .containsPattern("(?m)^bob +graded +\\S+ +1 +on time$");

    // Under another policy (no penalty) the same lateness costs nothing, as submit says it.
    Files.writeString(course.resolve("course.yaml"), "policy:\n  select: last\n");
    CourseRunner.Run again = runner.run("grade", "adder", folder.toString());
    assertThat(again.out())
        .as(again.toString())
        .containsPattern(
            "(?m)^ann +graded +\\S+ +1 +late by 2 h( 1[0-9] min)?, no late penalty +unchanged");
  }

  @Test
  void listCountsTheAttemptAndPenaltyOfTheCoursePolicyAsGradebookShowDoes() throws IOException {
    String solution = course.resolve("exercises/adder/solution/Adder.java").toString();
    String wrong = course.resolve("exercises/adder/wrong/subtracts/Adder.java").toString();
    assertThat(runner.run("submit", "adder", solution, "--student", "ann").code()).isZero();
    runner.run("submit", "adder", wrong, "--student", "ann");

    // No course.yaml: the best attempt counts and lateness costs nothing.
    assertThat(runner.run("list", "--student", "ann").out())
        .containsPattern("(?m)^adder .*  · best 11/11 in 2 attempts$");

    Files.writeString(course.resolve("course.yaml"), "policy:\n  select: last\n");
    assertThat(runner.run("list", "--student", "ann").out())
        .containsPattern("(?m)^adder .*  · last 2/11 in 2 attempts$");
    assertThat(runner.run("list", "--student", "ann", "--policy", "best").out())
        .containsPattern("(?m)^adder .*  · best 11/11 in 2 attempts$");

    Files.writeString(course.resolve("course.yaml"), "policy:\n  late_per_day: 10%\n");
    assertThat(runner.run("list", "--student", "ann").out())
        .containsPattern(
            "(?m)^adder .*  · best 9\\.9/11 in 2 attempts \\(attempt 1 late, -10%\\)$");
    assertThat(runner.run("gradebook", "show").out()).contains("9.9*");
  }

  @Test
  void withoutAPenaltySubmitStillSaysItWasLate() {
    String solution = course.resolve("exercises/adder/solution/Adder.java").toString();
    CourseRunner.Run submit = runner.run("submit", "adder", solution, "--student", "ann");
    assertThat(submit.out()).containsPattern("(?m)^late by 2 h( 1[0-9] min)?, no late penalty$");
  }

  @Test
  void aBadPolicyValueNamesTheFileAndLineAndRecordsNothing() throws IOException {
    Files.writeString(course.resolve("course.yaml"), "policy:\n  late_per_day: ten\n");
    String solution = course.resolve("exercises/adder/solution/Adder.java").toString();
    CourseRunner.Run submit = runner.run("submit", "adder", solution, "--student", "ann");
    assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
    assertThat(submit.err()).contains("course.yaml:2: policy: late_per_day 'ten'");
    assertThat(tmp.resolve("gradebook.db")).doesNotExist();
    Files.writeString(course.resolve("course.yaml"), "policy:\n  select: newest\n");
    CourseRunner.Run show = runner.run("gradebook", "show");
    assertThat(show.code()).isEqualTo(2);
    assertThat(show.err()).contains("course.yaml:2: policy: select 'newest' must be best, last");
  }
}
