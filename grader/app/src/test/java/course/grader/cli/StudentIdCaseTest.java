package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Student ids differing only in case (issue 18, point 12) are kept apart, as ids are
 * case-sensitive, but submit and grade warn: one student under two ids is the likely cause.
 */
class StudentIdCaseTest {
  @TempDir Path tmp;

  @Test
  void submitAndGradeWarnWhenAnIdDiffersFromARecordedOneOnlyInCase() throws Exception {
    CourseRunner runner = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("g.db"));
    Path solution = CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
    CourseRunner.Run first = runner.run("submit", "adder", solution.toString(), "--student", "amy");
    assertThat(first.err()).doesNotContain("warning");

    CourseRunner.Run second =
        runner.run("submit", "adder", solution.toString(), "--student", "Amy");
    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(second.err())
        .contains("course: warning: student id 'Amy' differs only in case from 'amy'");

    Path folder = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(folder.resolve("AMY_Adder.java"), Files.readString(solution) + "// v\n");
    CourseRunner.Run grade = runner.run("grade", "adder", folder.toString());
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(grade.out()).contains("warning: id differs only in case from 'Amy', 'amy'");
  }
}
