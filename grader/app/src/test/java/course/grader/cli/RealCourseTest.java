package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercises of the real course: every reference solution scores full marks; the starter and
 * every known-wrong solution score less. This is the grader's check of the course content.
 */
class RealCourseTest {
  @TempDir Path tmp;
  private CourseRunner course;

  @BeforeEach
  void setUp() {
    course = new CourseRunner(CourseRunner.realCourse(), tmp.resolve("gradebook.db"));
  }

  private static List<Path> exercises() throws IOException {
    try (Stream<Path> dirs = Files.list(CourseRunner.realCourse().resolve("exercises"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  private JsonNode submit(String slug, Path dir, String student) throws IOException {
    String[] args =
        Stream.concat(
                Stream.of("submit", slug),
                Stream.concat(javaFiles(dir).stream(), Stream.of("--student", student, "--json")))
            .toArray(String[]::new);
    CourseRunner.Run run = course.run(args);
    assertThat(run.err()).as(run.toString()).isEmpty();
    return run.json();
  }

  @TestFactory
  Stream<DynamicTest> everyReferenceSolutionScoresFullMarks() throws IOException {
    return exercises().stream()
        .map(
            ex ->
                DynamicTest.dynamicTest(
                    ex.getFileName().toString(),
                    () -> {
                      JsonNode report =
                          submit(ex.getFileName().toString(), ex.resolve("solution"), "ref");
                      assertThat(report.get("outcome").asText())
                          .as(report.toString())
                          .isEqualTo("graded");
                      assertThat(report.get("max_score").asDouble()).isPositive();
                      assertThat(report.get("score").asDouble())
                          .as(report.toString())
                          .isEqualTo(report.get("max_score").asDouble());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> theStarterAndEveryWrongSolutionScoreLess() throws IOException {
    Stream.Builder<DynamicTest> tests = Stream.builder();
    for (Path ex : exercises()) {
      String slug = ex.getFileName().toString();
      List<Path> dirs = new java.util.ArrayList<>(List.of(ex.resolve("starter")));
      try (Stream<Path> wrong = Files.list(ex.resolve("wrong"))) {
        dirs.addAll(wrong.filter(Files::isDirectory).sorted().toList());
      }
      assertThat(dirs)
          .as(slug + " has at least two wrong solutions")
          .hasSizeGreaterThanOrEqualTo(3);
      for (Path dir : dirs) {
        tests.add(
            DynamicTest.dynamicTest(
                slug + " " + ex.relativize(dir),
                () -> {
                  JsonNode report = submit(slug, dir, "wrong");
                  // Graded, not rejected: honest wrong code passes the static check.
                  assertThat(report.get("outcome").asText())
                      .as(report.toString())
                      .isEqualTo("graded");
                  assertThat(report.get("score").asDouble())
                      .as(report.toString())
                      .isLessThan(report.get("max_score").asDouble());
                }));
      }
    }
    return tests.build();
  }

  @Test
  void heightCheckerHasVisibleAndAtLeastTwelveHiddenTests() throws IOException {
    Path ex = CourseRunner.realCourse().resolve("exercises/height-checker");
    JsonNode report = submit("height-checker", ex.resolve("solution"), "ref");
    long visible = 0;
    long hidden = 0;
    for (JsonNode t : report.get("tests")) {
      if (t.get("visible").asBoolean()) {
        visible++;
      } else {
        hidden++;
      }
    }
    assertThat(visible).isBetween(3L, 4L);
    assertThat(hidden).isGreaterThanOrEqualTo(12);
  }
}
