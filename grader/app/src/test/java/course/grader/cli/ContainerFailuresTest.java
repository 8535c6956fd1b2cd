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
 * Tests JUnit never starts, because their class failed around them ({@code @BeforeAll}) or was
 * skipped by a condition: each still gets a result of its own, never a silent pass.
 */
class ContainerFailuresTest {
  @TempDir Path tmp;
  private CourseRunner course;

  @BeforeEach
  void setUp() throws IOException {
    Path ex = Files.createDirectories(tmp.resolve("course/exercises/setup"));
    Files.writeString(
        ex.resolve("exercise.md"), "---\ntitle: Setup\nsubmit: [Setup.java]\n---\nText\n");
    for (String dir : new String[] {"starter", "solution"}) {
      Files.createDirectories(ex.resolve(dir));
      Files.writeString(
          ex.resolve(dir + "/Setup.java"),
          "public class Setup { public static int init() { return 1; } }\n");
    }
    Files.createDirectories(ex.resolve("tests"));
    Files.writeString(
        ex.resolve("tests/SetupTest.java"),
        """
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.junit.jupiter.api.BeforeAll;
        import org.junit.jupiter.api.Test;

        class SetupTest {
          static int value;

          @BeforeAll
          static void init() {
            value = Setup.init();
          }

          @Test
          void one() {
            assertEquals(1, value);
          }

          @Test
          void two() {
            assertEquals(1, value);
          }
        }
        """);
    Files.writeString(
        ex.resolve("tests/SkippedTest.java"),
        """
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.condition.EnabledIf;

        @EnabledIf("never")
        class SkippedTest {
          static boolean never() {
            return false;
          }

          @Test
          void skipped() {}
        }
        """);
    course = new CourseRunner(tmp.resolve("course"), tmp.resolve("gradebook.db"));
  }

  @Test
  void testsOfAClassWhoseBeforeAllFailsAreErroredWithTheCause() throws IOException {
    Path failing =
        Files.writeString(
            tmp.resolve("Setup.java"),
            "public class Setup { public static int init() { throw new IllegalStateException(\"no setup\"); } }\n");
    CourseRunner.Run run =
        course.run("submit", "setup", failing.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(report.get("outcome").asText()).as(run.toString()).isEqualTo("graded");
    assertThat(report.get("tests")).hasSize(2);
    report
        .get("tests")
        .forEach(
            t -> {
              assertThat(t.get("status").asText()).isEqualTo("errored");
              assertThat(t.get("message").asText())
                  .contains("failed before it could run")
                  .contains("IllegalStateException: no setup")
                  .contains("(at Setup.java:1)");
            });
    assertThat(report.get("max_score").asDouble()).isEqualTo(2);
  }

  @Test
  void aClassSkippedByAConditionDoesNotCount() {
    Path solution = tmp.resolve("course/exercises/setup/solution/Setup.java");
    CourseRunner.Run run =
        course.run("submit", "setup", solution.toString(), "--student", "ann", "--json");
    JsonNode report = run.json();
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(report.get("outcome").asText()).isEqualTo("graded");
    assertThat(report.get("tests")).hasSize(2);
    assertThat(report.get("score").asDouble()).isEqualTo(2);
  }
}
