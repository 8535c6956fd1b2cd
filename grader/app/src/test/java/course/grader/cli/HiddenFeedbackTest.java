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
 * {@code feedback: name | message | full} in exercise.md (issue 18, point 11): a failing hidden
 * test tells its name only, its message cut to one line with long inputs cut ("…"), or all of it;
 * in what submit prints, in its --json, and in what is stored and shown by history.
 */
class HiddenFeedbackTest {
  /** A hidden input on the message's second line. */
  private static final String SECOND_LINE = "SECRET-SECOND-LINE";

  /** The tail of a one-line input too long to show. */
  private static final String LONG_TAIL = "99, 100]";

  @TempDir Path tmp;
  private Path course;

  @BeforeEach
  void writeCourse() throws IOException {
    course = tmp.resolve("course");
    exercise("plain", null);
    exercise("names", "name");
    exercise("everything", "full");
  }

  @Test
  void theDefaultMessageKeepsTheFirstLineAndCutsLongInputs() {
    CourseRunner runner = new CourseRunner(course, tmp.resolve("g.db"));
    CourseRunner.Run human = runner.run("submit", "plain", wrong("plain"), "--student", "amy");
    assertThat(human.code()).as(human.toString()).isEqualTo(1);
    assertThat(human.out())
        .contains("sum([0, 1, 2, 3")
        .contains("…")
        .doesNotContain(LONG_TAIL)
        .doesNotContain(SECOND_LINE);

    CourseRunner.Run json =
        runner.run("submit", "plain", wrong("plain"), "--student", "amy", "--json");
    JsonNode tests = json.json().get("tests");
    String multiLine = message(tests, "Shouts a text");
    assertThat(multiLine).startsWith("shout(\"first line of the text").endsWith(" …");
    assertThat(multiLine).doesNotContain(SECOND_LINE).doesNotContain("\n");
    assertThat(message(tests, "Sums many numbers")).contains("…").doesNotContain(LONG_TAIL);

    CourseRunner.Run history = runner.run("history", "--student", "amy", "--json");
    assertThat(history.code()).as(history.toString()).isZero();
    assertThat(history.out()).doesNotContain(SECOND_LINE).doesNotContain(LONG_TAIL);
    CourseRunner.Run listed = runner.run("history", "--student", "amy", "--tests");
    assertThat(listed.out()).doesNotContain(SECOND_LINE).doesNotContain(LONG_TAIL);
  }

  @Test
  void nameShowsNoMessageAndFullShowsAll() {
    CourseRunner runner = new CourseRunner(course, tmp.resolve("g.db"));
    CourseRunner.Run names =
        runner.run("submit", "names", wrong("names"), "--student", "amy", "--json");
    assertThat(names.code()).as(names.toString()).isEqualTo(1);
    assertThat(message(names.json().get("tests"), "Shouts a text")).isEmpty();
    assertThat(message(names.json().get("tests"), "Sums many numbers")).isEmpty();
    CourseRunner.Run human = runner.run("submit", "names", wrong("names"), "--student", "amy");
    assertThat(human.out()).contains("Shouts a text").doesNotContain("first line of the text");
    CourseRunner.Run history = runner.run("history", "--student", "amy", "--json");
    assertThat(history.out()).doesNotContain("first line of the text").doesNotContain("sum([");

    CourseRunner.Run full =
        runner.run("submit", "everything", wrong("everything"), "--student", "bo", "--json");
    assertThat(message(full.json().get("tests"), "Shouts a text")).contains(SECOND_LINE);
    assertThat(message(full.json().get("tests"), "Sums many numbers")).contains(LONG_TAIL);
  }

  @Test
  void anUnknownFeedbackLevelNamesTheFileAndTheWords() throws IOException {
    exercise("typo", "ful");
    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("g.db"))
            .run("submit", "typo", wrong("typo"), "--student", "amy");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("exercises/typo/exercise.md").contains("name, message or full");
  }

  private static String message(JsonNode tests, String name) {
    for (JsonNode t : tests) {
      if (t.get("name").asText().equals(name)) {
        return t.get("message").asText();
      }
    }
    throw new AssertionError("no test '" + name + "' in " + tests);
  }

  private String wrong(String slug) {
    return course.resolve("exercises/" + slug + "/wrong/off/Secret.java").toString();
  }

  private void exercise(String slug, String feedback) throws IOException {
    Path ex = Files.createDirectories(course.resolve("exercises/" + slug));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Secret\nsubmit: [Secret.java]\n"
            + (feedback == null ? "" : "feedback: " + feedback + "\n")
            + "---\nSecret.\n");
    Files.createDirectories(ex.resolve("solution"));
    Files.writeString(ex.resolve("solution/Secret.java"), secret("s.toUpperCase()", "total"));
    Files.createDirectories(ex.resolve("wrong/off"));
    Files.writeString(ex.resolve("wrong/off/Secret.java"), secret("s", "total + 1"));
    Files.createDirectories(ex.resolve("hidden"));
    Files.writeString(
        ex.resolve("hidden/SecretHiddenTest.java"),
        """
        import static org.junit.jupiter.api.Assertions.assertEquals;

        import java.util.Arrays;
        import java.util.stream.IntStream;
        import org.junit.jupiter.api.DisplayName;
        import org.junit.jupiter.api.Test;

        class SecretHiddenTest {
          @Test
          @DisplayName("Shouts a text")
          void shouts() {
            String text = "first line of the text\\nSECRET-SECOND-LINE\\nthird line";
            assertEquals(text.toUpperCase(), Secret.shout(text), "shout(\\"" + text + "\\")");
          }

          @Test
          @DisplayName("Sums many numbers")
          void sums() {
            int[] numbers = IntStream.rangeClosed(0, 100).toArray();
            assertEquals(5050, Secret.sum(numbers), "sum(" + Arrays.toString(numbers) + ")");
          }
        }
        """);
  }

  private static String secret(String shout, String sum) {
    return "public class Secret {\n"
        + "  public static String shout(String s) { return "
        + shout
        + "; }\n"
        + "  public static int sum(int[] a) { int total = 0; for (int x : a) total += x; return "
        + sum
        + "; }\n"
        + "}\n";
  }
}
