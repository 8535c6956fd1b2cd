package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instructor sees why a row is 0 (issue 18, point 2): a compile error and a rejection show their
 * outcome and first diagnostic in the grade table, history and detailed-csv, and carry the
 * exercise's real maximum (the fixture's adder: 11 points), never 0/0, in every report, JSON and
 * export.
 */
class WhyARowScoredTest {
  private static final String BROKEN =
      "public class Adder {\n  public static int add(int a, int b) {\n    return a + b\n  }\n}\n";

  @TempDir Path tmp;
  private CourseRunner runner;
  private Path broken;
  private Path forks;

  @BeforeEach
  void files() throws IOException {
    runner = new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("grades.db"));
    broken =
        Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("Adder.java"), BROKEN);
    forks =
        Files.copy(
            Path.of("src/test/resources/hostile/process-builder/Adder.java"),
            Files.createDirectories(tmp.resolve("f")).resolve("Adder.java"));
  }

  @Test
  void aCompileErrorAndARejectionReportTheExercisesRealMaximumInJson() {
    JsonNode compile =
        runner.run("submit", "adder", broken.toString(), "--student", "amy", "--json").json();
    assertThat(compile.get("outcome").asText()).isEqualTo("compile_error");
    assertThat(compile.get("max_score").asInt()).isEqualTo(11);

    JsonNode rejected =
        runner.run("submit", "adder", forks.toString(), "--student", "amy", "--json").json();
    assertThat(rejected.get("outcome").asText()).isEqualTo("rejected");
    assertThat(rejected.get("max_score").asInt()).isEqualTo(11);
  }

  @Test
  void theGradeTableShowsTheOutcomeMaximumAndFirstDiagnostic() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("batch"));
    Files.copy(broken, folder.resolve("amy_Adder.java"));
    Files.copy(forks, folder.resolve("bo_Adder.java"));

    CourseRunner.Run grade = runner.run("grade", "adder", folder.toString(), "--jobs", "1");

    assertThat(grade.out())
        .as(grade.toString())
        .containsPattern("amy +compile_error +0/11 .*Adder\\.java:3")
        .containsPattern("bo +rejected +0/11 .*ProcessBuilder");
  }

  @Test
  void historyAndDetailedCsvSayWhyAndNeverShowZeroOverZero() {
    runner.run("submit", "adder", broken.toString(), "--student", "amy");
    runner.run("submit", "adder", forks.toString(), "--student", "amy");

    CourseRunner.Run history = runner.run("history", "--student", "amy");
    assertThat(history.out())
        .as(history.toString())
        .contains("compile_error", "rejected", "Adder.java:3")
        .containsPattern("\\n +Adder\\.java:3: ")
        .contains("ProcessBuilder")
        .containsPattern("compile_error +0/11 ")
        .containsPattern("rejected +0/11 ");
    JsonNode json = runner.run("history", "--student", "amy", "--json").json();
    assertThat(json.get(0).get("max_score").asInt()).isEqualTo(11);
    assertThat(json.get(0).get("reason").asText()).startsWith("Adder.java:3: ");

    CourseRunner.Run csv = runner.run("gradebook", "export", "--format", "detailed-csv");
    assertThat(csv.out())
        .as(csv.toString())
        .containsPattern("amy,adder,1,\\d+,,[^,]+,compile_error,0,11,.*Adder\\.java:3: ")
        .containsPattern("amy,adder,2,\\d+,,[^,]+,rejected,0,11,.*ProcessBuilder");
  }
}
