package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: an instructor's existing JUnit 5 collection (test resources {@code junit-collection},
 * converted in layout only) grades without edits through the real CLI, the real child JVM and the
 * sandbox: every reference solution scores full marks and every stub is graded and scores less.
 */
class JunitCollectionTest {
  @TempDir static Path tmp;
  private static CourseRunner.Run check;

  @BeforeAll
  static void runCheck() {
    CourseRunner course =
        new CourseRunner(CourseRunner.resourceCourse("junit-collection"), tmp.resolve("g.db"));
    check = course.run("check", "--jobs", "2", "--require-sandbox");
  }

  private static List<String> slugs() throws IOException {
    Path dir = CourseRunner.resourceCourse("junit-collection").resolve("exercises");
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void theCollectionHasAtLeastTwentyFiveExercises() throws IOException {
    assertThat(slugs()).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void theWholeCollectionPassesCourseCheck() {
    assertThat(check.code()).as(check.toString()).isZero();
    assertThat(check.out()).as(check.toString()).doesNotContain("FAIL");
    assertThat(check.err()).as(check.toString()).doesNotContain("course:");
  }

  @Test
  void everyReferenceSolutionScoresFullMarks() throws IOException {
    for (String slug : slugs()) {
      assertThat(table(slug))
          .as(slug + "\n" + check)
          .containsPattern("solution\\s+([1-9]\\d*)/\\1\\s+full marks\\s+ok");
    }
  }

  @Test
  void everyStubIsGradedAndScoresLess() throws IOException {
    for (String slug : slugs()) {
      // "0/5 less than full ok": graded against a real maximum; a rejected or uncompiled stub
      // would show its outcome in brackets.
      assertThat(table(slug))
          .as(slug + "\n" + check)
          .containsPattern("starter\\s+\\d+/[1-9]\\d*\\s+less than full\\s+ok");
    }
  }

  /** The lines check printed for one exercise: its slug, then its indented rows. */
  private static String table(String slug) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(slug) + "\\n((?:  .*\\n)+)").matcher(check.out());
    return m.find() ? m.group(1) : "";
  }
}
