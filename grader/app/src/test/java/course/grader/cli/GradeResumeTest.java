package course.grader.cli;

import static course.grader.gradebook.SampleReports.queryOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course grade} resumes (issue 18, point 5): a rerun skips entries whose files are identical
 * to the student's latest attempt, {@code --force} grades them again, and Ctrl-C (a real SIGINT to
 * a real process) prints what was recorded, which is exactly what the gradebook holds.
 */
class GradeResumeTest {
  @TempDir Path tmp;

  private Path folder(int students) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("in"));
    String solution =
        Files.readString(
            CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java"));
    for (int i = 1; i <= students; i++) {
      Files.writeString(folder.resolve("s" + i + "_Adder.java"), solution + "// s" + i + "\n");
    }
    return folder;
  }

  @Test
  void aRerunSkipsUnchangedEntriesAndForceGradesThemAgain() throws Exception {
    Path folder = folder(2);
    Path db = tmp.resolve("grades.db");
    CourseRunner runner = new CourseRunner(CourseRunner.fixtureCourse(), db);
    assertThat(runner.run("grade", "adder", folder.toString()).code()).isZero();
    Files.writeString(
        folder.resolve("s2_Adder.java"), "// changed\n", java.nio.file.StandardOpenOption.APPEND);

    CourseRunner.Run again = runner.run("grade", "adder", folder.toString());

    assertThat(again.code()).as(again.toString()).isZero();
    Map<String, String> rows = BatchGradeTest.rows(again.out());
    assertThat(rows.get("s1"))
        .as(again.toString())
        .matches("graded +11/11 +1 +late by [^,]+, no late penalty +unchanged since attempt #1.*");
    assertThat(rows.get("s2"))
        .as(again.toString())
        .matches("graded +11/11 +2 +late by [^,]+, no late penalty");
    assertThat(queryOne(db, "SELECT count(*) FROM submissions")).isEqualTo("3");

    CourseRunner.Run forced = runner.run("grade", "adder", folder.toString(), "--force");
    assertThat(BatchGradeTest.rows(forced.out()).get("s1"))
        .as(forced.toString())
        .matches("graded +11/11 +2 +late by [^,]+, no late penalty");
    assertThat(queryOne(db, "SELECT count(*) FROM submissions")).isEqualTo("5");
  }

  @Test
  void ctrlCPrintsWhatWasRecordedAndTheSameCommandGradesTheRest() throws Exception {
    int students = 8;
    Path folder = folder(students);
    Path db = tmp.resolve("grades.db");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    List<String> command =
        CourseRunner.childCommand(
            "grade",
            "adder",
            folder.toString(),
            "--jobs",
            "1",
            "--course",
            CourseRunner.fixtureCourse().toString(),
            "--db",
            db.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      // Interrupt once the first attempt is in the gradebook, while the others are still to come.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!recordedAny(db) && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(process.isAlive()).as("still grading after the first record").isTrue();
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    String said = Files.readString(err, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("course: interrupted; (\\d+) of " + students + " recorded").matcher(said);
    assertThat(m.find()).as(said).isTrue();
    int recorded = Integer.parseInt(m.group(1));
    assertThat(recorded).as(said).isBetween(1, students - 1);
    assertThat(queryOne(db, "SELECT count(*) FROM submissions"))
        .isEqualTo(Integer.toString(recorded));
    assertThat(queryOne(db, "PRAGMA integrity_check")).isEqualTo("ok");

    CourseRunner.Run rest =
        new CourseRunner(CourseRunner.fixtureCourse(), db).run("grade", "adder", folder.toString());
    assertThat(rest.code()).as(rest.toString()).isZero();
    assertThat(rest.out().split("unchanged since attempt", -1)).hasSize(recorded + 1);
    assertThat(queryOne(db, "SELECT count(*) FROM submissions"))
        .isEqualTo(Integer.toString(students));
  }

  private static boolean recordedAny(Path db) {
    if (!Files.exists(db)) {
      return false;
    }
    try {
      return !queryOne(db, "SELECT count(*) FROM submissions").equals("0");
    } catch (RuntimeException | java.sql.SQLException notYet) {
      return false;
    }
  }
}
