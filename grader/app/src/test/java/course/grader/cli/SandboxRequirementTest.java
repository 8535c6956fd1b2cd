package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.judge.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without bubblewrap: the grader warns on every run, and refuses to grade when {@code
 * --require-sandbox} or the course's {@code course.yaml} asks for the sandbox.
 */
class SandboxRequirementTest {
  @TempDir Path tmp;
  private Path course;
  private Path db;
  private Path solution;

  @BeforeEach
  void noBubblewrap() throws IOException {
    System.setProperty(Sandbox.PROPERTY, "none");
    course = tmp.resolve("course");
    CourseRunner.copyTree(
        CourseRunner.fixtureCourse().resolve("exercises/adder"), course.resolve("exercises/adder"));
    db = tmp.resolve("gradebook.db");
    solution = course.resolve("exercises/adder/solution/Adder.java");
  }

  @AfterEach
  void restore() {
    System.clearProperty(Sandbox.PROPERTY);
  }

  @Test
  void withoutBubblewrapEveryRunWarnsLoudlyAndStillGrades() {
    CourseRunner.Run run =
        new CourseRunner(course, db).run("submit", "adder", solution.toString(), "--student", "a");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err())
        .startsWith("course: WARNING: bubblewrap (bwrap) is not installed")
        .contains("WITHOUT A SANDBOX", "--require-sandbox");

    CourseRunner.Run again = new CourseRunner(course, db).run("test", "adder", solution.toString());
    assertThat(again.err()).contains("WITHOUT A SANDBOX");
  }

  @Test
  void requireSandboxRefusesToGradeAndRecordsNothing() {
    CourseRunner.Run run =
        new CourseRunner(course, db)
            .run("submit", "adder", solution.toString(), "--student", "a", "--require-sandbox");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("course: bubblewrap (bwrap) is not installed")
        .contains("install the package bubblewrap")
        .doesNotContain("\n");
    assertThat(db).doesNotExist();
  }

  @Test
  void aCourseYamlThatRequiresTheSandboxRefusesToGrade() throws IOException {
    Files.writeString(course.resolve("course.yaml"), "grader:\n  require_sandbox: true\n");
    CourseRunner.Run run = new CourseRunner(course, db).run("test", "adder", solution.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("requires the sandbox");
  }

  @Test
  void aCourseYamlThatDoesNotRequireTheSandboxOnlyWarns() throws IOException {
    Files.writeString(course.resolve("course.yaml"), "grader:\n  require_sandbox: false\n");
    CourseRunner.Run run = new CourseRunner(course, db).run("test", "adder", solution.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err()).contains("WARNING");
  }

  @Test
  void aMistakeInCourseYamlNamesTheFileAndLine() throws IOException {
    Files.writeString(course.resolve("course.yaml"), "grader:\n  require_sandbox: yes please\n");
    CourseRunner.Run run = new CourseRunner(course, db).run("test", "adder", solution.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "course: "
                + course.resolve("course.yaml")
                + ":2: require_sandbox must be true or false");
  }

  @Test
  void anUnknownKeyInCourseYamlIsNamedWithItsLine() throws IOException {
    Files.writeString(
        course.resolve("course.yaml"), "# settings\ngrader:\n  require_sandbx: true\n");
    CourseRunner.Run run = new CourseRunner(course, db).run("test", "adder", solution.toString());
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "course.yaml:3: unknown key 'require_sandbx' in 'grader'; known: require_sandbox");
  }

  @Test
  void batchGradingWarnsWithoutBubblewrapAndRefusesWhenTheCourseRequiresTheSandbox()
      throws IOException {
    Path folder = tmp.resolve("downloads");
    Files.createDirectories(folder.resolve("alice"));
    Files.copy(solution, folder.resolve("alice/Adder.java"));

    CourseRunner.Run warned = new CourseRunner(course, db).run("grade", "adder", folder.toString());
    assertThat(warned.code()).as(warned.toString()).isZero();
    assertThat(warned.err()).contains("WITHOUT A SANDBOX");

    Path strictDb = tmp.resolve("strict.db");
    Files.writeString(course.resolve("course.yaml"), "grader:\n  require_sandbox: true\n");
    CourseRunner.Run refused =
        new CourseRunner(course, strictDb).run("grade", "adder", folder.toString());
    assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("requires the sandbox");
    assertThat(strictDb).doesNotExist();
  }
}
