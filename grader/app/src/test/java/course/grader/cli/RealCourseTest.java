package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import course.catalog.Catalog;
import course.grader.judge.DeclaredPoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real course passes {@code course check}: every lesson, link and prerequisite resolves, every
 * reference solution scores full marks, and every starter and known-wrong solution is graded (not
 * rejected or left uncompiled) and scores less. This is the build's check of the course content.
 */
class RealCourseTest {
  @TempDir static Path tmp;
  private static CourseRunner.Run check;

  @BeforeAll
  static void runCheck() {
    CourseRunner course = new CourseRunner(CourseRunner.realCourse(), tmp.resolve("gradebook.db"));
    check = course.run("check", "--jobs", "2", "--require-sandbox");
  }

  private static List<Path> exercises() throws IOException {
    try (Stream<Path> dirs = Files.list(CourseRunner.realCourse().resolve("exercises"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> folders(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void theWholeCoursePassesCourseCheck() {
    assertThat(check.code()).as(check.toString()).isZero();
    assertThat(check.out()).as(check.toString()).doesNotContain("FAIL");
  }

  @Test
  void everyExerciseIsGradedWithAtLeastTwoWrongSolutions() throws IOException {
    for (Path ex : exercises()) {
      String slug = ex.getFileName().toString();
      List<Path> wrong = folders(ex.resolve("wrong"));
      assertThat(wrong)
          .as(slug + " has at least two wrong solutions")
          .hasSizeGreaterThanOrEqualTo(2);
      String table = table(slug);
      assertThat(table)
          .as(check.toString())
          .containsPattern("solution\\s+(\\d+)/\\1\\s+full marks\\s+ok");
      assertThat(table)
          .as(check.toString())
          .containsPattern("starter\\s+\\d+/\\d+\\s+less than full\\s+ok");
      for (Path w : wrong) {
        // "0/26 less than full ok": graded; a rejected or uncompiled one would say so in brackets.
        assertThat(table)
            .as(check.toString())
            .containsPattern(
                "wrong/"
                    + Pattern.quote(w.getFileName().toString())
                    + "\\s+\\d+/\\d+\\s+less than full\\s+ok");
      }
    }
  }

  @Test
  void everyExercisesDeclaredMaximumIsWhatItsReferenceSolutionScores() throws IOException {
    // A compile error or a rejection reports the maximum its tests declare (read without running
    // them); it must be the maximum a real run finds, for every exercise of the course.
    for (Path ex : exercises()) {
      String slug = ex.getFileName().toString();
      Matcher solution = Pattern.compile("solution\\s+([\\d.]+)/([\\d.]+)").matcher(table(slug));
      assertThat(solution.find()).as(slug).isTrue();
      List<Path> tests = new ArrayList<>(Catalog.javaFiles(ex.resolve("tests")));
      tests.addAll(Catalog.javaFiles(ex.resolve("hidden")));
      assertThat(DeclaredPoints.of(tests))
          .as(slug + ": points its tests declare")
          .hasValue(Double.parseDouble(solution.group(2)));
    }
  }

  /** The lines check printed for one exercise: its slug, then its indented rows. */
  private static String table(String slug) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(slug) + "\\n((?:  .*\\n)+)").matcher(check.out());
    assertThat(m.find()).as(slug + " in\n" + check).isTrue();
    return m.group(1);
  }

  @Test
  void heightCheckerHasVisibleAndAtLeastTwelveHiddenTests() throws IOException {
    Path root = CourseRunner.realCourse();
    CourseRunner course = new CourseRunner(root, tmp.resolve("submit.db"));
    Path solution = root.resolve("exercises/height-checker/solution/HeightChecker.java");
    CourseRunner.Run run =
        course.run("submit", "height-checker", solution.toString(), "--student", "ref", "--json");
    JsonNode report = run.json();
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
