package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exercise stands alone: with one malformed exercise in the course, every command on the
 * others works as before, and the broken one is reported with its file and line (by list, build and
 * check, which carry on with the rest) or when it is named.
 */
class BrokenExerciseTest {
  private static final String PROBLEM = "exercises/broken/exercise.md:4: unknown key 'timout'";

  @TempDir Path tmp;
  private Path course;
  private CourseRunner runner;
  private Path solution;

  @BeforeEach
  void courseWithABrokenExercise() throws IOException {
    course = tmp.resolve("course");
    Path fixture = CourseRunner.fixtureCourse();
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path from : files.toList()) {
        Path to = course.resolve(fixture.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path broken = Files.createDirectories(course.resolve("exercises/broken"));
    Files.writeString(
        broken.resolve("exercise.md"),
        "---\ntitle: Broken\nsubmit: [Broken.java]\ntimout: 2s\n---\nA typo in a key.\n");
    runner = new CourseRunner(course, tmp.resolve("grades.db"));
    solution = course.resolve("exercises/adder/solution/Adder.java");
  }

  @Test
  void listShowsTheOthersAndNamesTheBrokenOne() {
    CourseRunner.Run list = runner.run("list");
    assertThat(list.code()).as(list.toString()).isEqualTo(2);
    assertThat(list.out()).contains("adder", "looper").doesNotContain("broken");
    assertThat(list.err()).startsWith("course: " + PROBLEM).hasLineCount(1);
  }

  @Test
  void testAndSubmitOfAnotherExerciseWork() {
    assertThat(runner.run("test", "adder", solution.toString()).code()).isZero();
    CourseRunner.Run submit =
        runner.run("submit", "adder", solution.toString(), "--student", "amy");
    assertThat(submit.code()).as(submit.toString()).isZero();
    assertThat(submit.err()).doesNotContain("broken");
  }

  @Test
  void gradeExportAndHistoryOfAnotherExerciseWork() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("in"));
    Files.copy(solution, folder.resolve("amy_Adder.java"));
    CourseRunner.Run grade = runner.run("grade", "adder", folder.toString());
    assertThat(grade.code()).as(grade.toString()).isZero();
    CourseRunner.Run export = runner.run("gradebook", "export");
    assertThat(export.code()).as(export.toString()).isZero();
    assertThat(export.out()).contains("amy");
    CourseRunner.Run history = runner.run("history", "--student", "amy");
    assertThat(history.code()).as(history.toString()).isZero();
    assertThat(history.out()).contains("adder");
  }

  @Test
  void namingTheBrokenExerciseGivesItsOwnProblem() throws IOException {
    Path file = Files.writeString(tmp.resolve("Broken.java"), "public class Broken {}\n");
    CourseRunner.Run submit = runner.run("submit", "broken", file.toString(), "--student", "amy");
    assertThat(submit.code()).isEqualTo(2);
    assertThat(submit.err()).startsWith("course: " + PROBLEM + "; known keys: ").hasLineCount(1);
  }

  @Test
  void checkReportsTheBrokenExerciseAndStillGradesTheOthers() {
    CourseRunner.Run check = runner.run("check");
    assertThat(check.code()).as(check.toString()).isEqualTo(2);
    assertThat(check.err()).contains(PROBLEM);
    assertThat(check.out()).contains("adder", "solution", "full marks");
  }

  @Test
  void buildReportsItOnceAndKeepGoingWritesTheOtherPages() {
    CourseRunner.Run build = runner.run("build", "--out", tmp.resolve("site").toString());
    assertThat(build.code()).isEqualTo(2);
    assertThat(build.err().lines().filter(l -> l.contains("exercises/")).toList())
        .singleElement()
        .asString()
        .startsWith(PROBLEM);

    CourseRunner.Run keepGoing =
        runner.run("build", "--out", tmp.resolve("site2").toString(), "--keep-going");
    assertThat(keepGoing.code()).isEqualTo(2);
    assertThat(tmp.resolve("site2/exercises/adder/index.html")).exists();
  }
}
