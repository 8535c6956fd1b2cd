package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code @Points(0.1)} tests sum to 0.30000000000000004 as doubles. Every output (submit's
 * console and JSON, history's console and JSON, the grade table, the gradebook table and each
 * export format) shows the same 0.3, never the binary noise.
 */
class FractionalPointsTest {
  private static final String NOISE = "0.30000000000000004";

  @TempDir Path tmp;
  private CourseRunner runner;
  private Path solution;

  @BeforeEach
  void course() throws IOException {
    Path ex = Files.createDirectories(tmp.resolve("course/exercises/tenths"));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Tenths\ndifficulty: easy\nsubmit: [Tenths.java]\ntimeout: 2s\n"
            + "run_timeout: 20s\nmemory: 128m\n---\nWrite `static int one()` returning 1.\n");
    Files.createDirectories(ex.resolve("starter"));
    Files.writeString(
        ex.resolve("starter/Tenths.java"),
        "public class Tenths {\n  public static int one() {\n    return 0;\n  }\n}\n");
    Files.createDirectories(ex.resolve("solution"));
    solution = ex.resolve("solution/Tenths.java");
    Files.writeString(
        solution, "public class Tenths {\n  public static int one() {\n    return 1;\n  }\n}\n");
    Files.createDirectories(ex.resolve("hidden"));
    Files.writeString(
        ex.resolve("hidden/TenthsHiddenTest.java"),
        "import static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
            + "import course.api.Points;\nimport org.junit.jupiter.api.Test;\n\n"
            + "class TenthsHiddenTest {\n"
            + "  @Test @Points(0.1) void first() { assertEquals(1, Tenths.one()); }\n"
            + "  @Test @Points(0.1) void second() { assertEquals(1, Tenths.one()); }\n"
            + "  @Test @Points(0.1) void third() { assertEquals(1, Tenths.one()); }\n"
            + "}\n");
    runner = new CourseRunner(tmp.resolve("course"), tmp.resolve("grades.db"));
  }

  @Test
  void submitPrintsThreeTenthsAsPointThreeOnTheConsoleAndInJson() {
    CourseRunner.Run console =
        runner.run("submit", "tenths", solution.toString(), "--student", "amy");
    assertThat(console.code()).as(console.toString()).isZero();
    assertThat(console.out()).contains("0.3/0.3").doesNotContain(NOISE);

    CourseRunner.Run json =
        runner.run("submit", "tenths", solution.toString(), "--student", "bo", "--json");
    assertThat(json.out()).doesNotContain(NOISE);
    assertThat(json.json().get("score").asText()).isEqualTo("0.3");
    assertThat(json.json().get("max_score").asText()).isEqualTo("0.3");
  }

  @Test
  void historyGradeTableGradebookAndEveryExportShowPointThree() throws IOException {
    runner.run("submit", "tenths", solution.toString(), "--student", "amy");
    Path folder = Files.createDirectories(tmp.resolve("batch"));
    Files.copy(solution, folder.resolve("bo_Tenths.java"));
    CourseRunner.Run grade = runner.run("grade", "tenths", folder.toString(), "--jobs", "1");
    assertThat(grade.code()).as(grade.toString()).isZero();
    assertThat(grade.out()).contains("0.3/0.3").doesNotContain(NOISE);

    CourseRunner.Run history = runner.run("history", "--student", "amy");
    assertThat(history.out()).as(history.toString()).contains("0.3").doesNotContain(NOISE);
    CourseRunner.Run historyJson = runner.run("history", "--student", "amy", "--json");
    assertThat(historyJson.out()).as(historyJson.toString()).contains("0.3").doesNotContain(NOISE);

    CourseRunner.Run show = runner.run("gradebook", "show");
    assertThat(show.out()).as(show.toString()).contains("0.3").doesNotContain(NOISE);
    for (String format : new String[] {"csv", "detailed-csv", "json", "canvas", "moodle"}) {
      CourseRunner.Run export = runner.run("gradebook", "export", "--format", format);
      assertThat(export.code()).as(format + "\n" + export).isZero();
      assertThat(export.out()).as(format).contains("0.3").doesNotContain(NOISE);
    }
  }
}
