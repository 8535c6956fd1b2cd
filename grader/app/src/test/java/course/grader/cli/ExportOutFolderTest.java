package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 point 12: --out into a missing folder names that folder, not a temporary file. */
final class ExportOutFolderTest {
  @TempDir Path tmp;

  @Test
  void exportIntoAMissingFolderNamesTheFolderAndWritesNothing() throws Exception {
    CourseRunner course = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("g.db"));
    Path roster = Files.writeString(tmp.resolve("roster.csv"), "id,name,email,sis_id,section\n");
    assertThat(course.run("roster", "import", roster.toString()).code()).isZero();
    Path missing = tmp.resolve("no-such-folder");

    CourseRunner.Run run =
        course.run(
            "gradebook", "export", "--format", "csv", "--out", missing.resolve("g.csv").toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err())
        .contains("the folder " + missing + " does not exist")
        .doesNotContain(".export-")
        .doesNotContain(".tmp");
    assertThat(missing).doesNotExist();
  }
}
