package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exercises written for another JUnit 5 grader (issue 15) grade without edits, through the real
 * CLI, real javac, the real child JVM and the sandbox: the course under {@code
 * src/test/resources/generality-course/}.
 */
class ExistingJUnitExercisesTest {
  @TempDir Path tmp;

  private static Path course() {
    try {
      return Path.of(ExistingJUnitExercisesTest.class.getResource("/generality-course").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path file(String exercise, String folder, String name) {
    return course().resolve("exercises").resolve(exercise).resolve(folder).resolve(name);
  }

  private CourseRunner.Run submit(String exercise, Path... files) {
    CourseRunner runner = new CourseRunner(course(), tmp.resolve("gradebook.db"));
    String[] args = new String[files.length + 6];
    args[0] = "submit";
    args[1] = exercise;
    for (int i = 0; i < files.length; i++) {
      args[2 + i] = files[i].toString();
    }
    args[files.length + 2] = "--student";
    args[files.length + 3] = "ada";
    args[files.length + 4] = "--json";
    args[files.length + 5] = "--verbose";
    return runner.run(args);
  }

  private static void assertFullMarks(CourseRunner.Run run) {
    assertThat(run.code()).as(run.toString()).isZero();
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("graded");
    assertThat(report.get("score").asDouble())
        .as(run.toString())
        .isEqualTo(report.get("max_score").asDouble())
        .isPositive();
  }

  @Test
  void honestCodeUsesJavaAwtPointTheDefaultRandomGeneratorAndALoggerInTheTestJvm() {
    assertFullMarks(submit("plotter", file("plotter", "solution", "Plotter.java")));
  }

  @ParameterizedTest(name = "{0}: the reference solution scores full marks, the starter less")
  @CsvSource({
    "acronym, Acronym.java",
    "space-age, SpaceAge.java",
    "binary-search, BinarySearch.java",
    "traffic-light, TrafficLight.java"
  })
  void packagePrivateClassesEnumsAndAnExercisesOwnSecondClassGradeAsTheTestsUseThem(
      String exercise, String file) {
    assertFullMarks(submit(exercise, file(exercise, "solution", file)));
    CourseRunner.Run starter = submit(exercise, file(exercise, "starter", file));
    JsonNode report = starter.json();
    assertThat(report.get("outcome").asText()).as(starter.toString()).isEqualTo("graded");
    assertThat(report.get("score").asDouble())
        .as(starter.toString())
        .isLessThan(report.get("max_score").asDouble());
  }

  @Test
  void aSignatureTheTestsCannotCallIsACompileErrorInTheTestsOwnWords() throws IOException {
    Path wrong =
        Files.writeString(
            tmp.resolve("SpaceAge.java"),
            "class SpaceAge {\n  SpaceAge(double s) {}\n  double onEarth() { return 0; }\n}\n");
    CourseRunner.Run run = submit("space-age", wrong);
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("compile_error");
    JsonNode first = report.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).as(run.toString()).isEqualTo("tests/SpaceAgeTest.java");
    assertThat(first.get("message").asText())
        .as(run.toString())
        .contains("cannot find symbol")
        .contains("method onMercury()")
        .contains("class SpaceAge");
  }

  @Test
  void aFileWithoutTheExpectedTypeNamesTheKindTheExerciseExpects() throws IOException {
    Path wrong = Files.writeString(tmp.resolve("TrafficLight.java"), "class Light {}\n");
    CourseRunner.Run run = submit("traffic-light", wrong);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .as(run.toString())
        .contains("declares class Light, but this exercise expects enum TrafficLight");
  }

  @Test
  void helperFilesASubmitPatternAcceptsAreCompiledWithTheNamedOnes() {
    assertFullMarks(
        submit(
            "word-stats",
            file("word-stats", "solution", "WordStats.java"),
            file("word-stats", "solution", "Counter.java")));
  }

  @Test
  void aNamedFileWithoutAStarterIsHandedInAndGraded() {
    assertFullMarks(
        submit(
            "inventory",
            file("inventory", "solution", "Inventory.java"),
            file("inventory", "solution", "Item.java")));
  }

  @Test
  void aHelperFileNoPatternAcceptsIsStillRefusedNamingTheKindsExpected() throws IOException {
    Path extra = Files.writeString(tmp.resolve("Extra.java"), "class Extra {}\n");
    CourseRunner.Run run =
        submit(
            "inventory",
            file("inventory", "solution", "Inventory.java"),
            file("inventory", "solution", "Item.java"),
            extra);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .as(run.toString())
        .contains("declares class Extra, but this exercise expects class Inventory or record Item");
  }

  @Test
  void allowFilesLetsTheCodeReadTheExercisesResourcesAndNothingWithoutIt() throws IOException {
    assertFullMarks(submit("census", file("census", "solution", "Census.java")));

    // The same exercise without the allow line: the read is refused.
    Path copy = tmp.resolve("course/exercises/census");
    Path original = course().resolve("exercises/census");
    try (var walk = Files.walk(original)) {
      for (Path p : walk.toList()) {
        Path to = copy.resolve(original.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.writeString(to, Files.readString(p).replace("allow: [files]\n", ""));
        }
      }
    }
    CourseRunner.Run run =
        new CourseRunner(tmp.resolve("course"), tmp.resolve("denied.db"))
            .run(
                "submit",
                "census",
                file("census", "solution", "Census.java").toString(),
                "--student",
                "ada",
                "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("rejected");
    assertThat(report.get("diagnostics").get(0).get("message").asText())
        .as(run.toString())
        .contains("java.lang.Class.getResourceAsStream is not allowed");
  }
}
