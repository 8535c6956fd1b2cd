package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 point 12: an extension for a student nobody knows is granted, with a warning. */
final class ExtensionGrantWarningTest {
  @TempDir Path tmp;

  @Test
  void grantingAnExtensionToAnUnknownStudentWarnsAndNamesTheNearKnownOne() throws IOException {
    CourseRunner course = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("g.db"));
    Path roster =
        Files.writeString(
            tmp.resolve("roster.csv"),
            "id,name,email,sis_id,section\nfay,Fay,fay@uni.example,1,A\n");
    CourseRunner.Run imported = course.run("roster", "import", roster.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();

    CourseRunner.Run typo =
        course.run("extension", "grant", "adder", "--student", "fya", "--days", "2");
    assertThat(typo.code()).as(typo.toString()).isZero();
    assertThat(typo.err())
        .contains("course: warning: no student 'fya'")
        .contains("granted anyway")
        .contains("did you mean 'fay'?");

    CourseRunner.Run known =
        course.run("extension", "grant", "adder", "--student", "fay", "--days", "2");
    assertThat(known.code()).as(known.toString()).isZero();
    assertThat(known.err()).isEmpty();
  }
}
