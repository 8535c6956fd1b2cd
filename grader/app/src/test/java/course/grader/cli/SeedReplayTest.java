package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code course test --seed N} hands N to the visible tests in the real child JVM as the system
 * property {@code course.seed}; the fixture's visible test passes only for seed 412 and otherwise
 * fails with the seed it saw in its message.
 */
class SeedReplayTest {
  @TempDir Path tmp;
  private CourseRunner runner;
  private Path solution;

  @BeforeEach
  void course() throws IOException {
    Path ex = Files.createDirectories(tmp.resolve("course/exercises/seeded"));
    Files.writeString(
        ex.resolve("exercise.md"),
        "---\ntitle: Seeded\ndifficulty: easy\nsubmit: [Seeded.java]\ntimeout: 2s\n"
            + "run_timeout: 20s\nmemory: 128m\n---\nWrite `static int one()` returning 1.\n");
    Files.createDirectories(ex.resolve("starter"));
    Files.writeString(
        ex.resolve("starter/Seeded.java"),
        "public class Seeded {\n  public static int one() {\n    return 0;\n  }\n}\n");
    Files.createDirectories(ex.resolve("solution"));
    solution = ex.resolve("solution/Seeded.java");
    Files.writeString(
        solution, "public class Seeded {\n  public static int one() {\n    return 1;\n  }\n}\n");
    Files.createDirectories(ex.resolve("tests"));
    Files.writeString(
        ex.resolve("tests/SeededTest.java"),
        "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
            + "import static org.junit.jupiter.api.Assertions.fail;\n\n"
            + "import org.junit.jupiter.api.Test;\n\n"
            + "class SeededTest {\n"
            + "  @Test void replaysSeed412() {\n"
            + "    String seed = System.getProperty(\"course.seed\");\n"
            + "    if (!\"412\".equals(seed)) { fail(\"course.seed was \" + seed); }\n"
            + "    assertEquals(1, Seeded.one());\n"
            + "  }\n"
            + "}\n");
    runner = new CourseRunner(tmp.resolve("course"), tmp.resolve("grades.db"));
  }

  @Test
  void testWithSeedGivesTheVisibleTestsThatSeedAsTheCourseSeedProperty() {
    CourseRunner.Run run = runner.run("test", "seeded", solution.toString(), "--seed", "412");
    assertThat(run.code()).as(run.toString()).isZero();

    CourseRunner.Run other = runner.run("test", "seeded", solution.toString(), "--seed", "7");
    assertThat(other.code()).as(other.toString()).isNotZero();
    assertThat(other.out()).as(other.toString()).contains("course.seed was 7");
  }

  @Test
  void testWithoutSeedLeavesTheCourseSeedPropertyUnset() {
    CourseRunner.Run run = runner.run("test", "seeded", solution.toString());
    assertThat(run.code()).as(run.toString()).isNotZero();
    assertThat(run.out()).as(run.toString()).contains("course.seed was null");
  }

  @Test
  void aSeedThatIsNotANumberIsOneCourseLineAndExitTwo() {
    CourseRunner.Run run = runner.run("test", "seeded", solution.toString(), "--seed", "abc");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1);
    assertThat(run.err()).startsWith("course: --seed abc: not a whole number");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void submitTakesNoSeedSoHiddenRunsStayFixed() {
    CourseRunner.Run run =
        runner.run("submit", "seeded", solution.toString(), "--student", "amy", "--seed", "412");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("--seed");
  }
}
