package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: when the reference solution is rejected, {@code course check} showed its starter as
 * {@code 0/0 ... FAIL}, though {@code submit} grades that starter against its real maximum.
 */
class CheckRejectedReferenceTest {
  @TempDir Path tmp;

  @Test
  void aRejectedReferenceLeavesTheStarterWithTheMaximumSubmitShows() throws IOException {
    Path ex = tmp.resolve("course/exercises/sum");
    write(ex.resolve("exercise.md"), "---\ntitle: Sum\nsubmit: [Sum.java]\n---\nAdd.\n");
    write(
        ex.resolve("starter/Sum.java"),
        "public class Sum {\n  public static int of(int a, int b) {\n    return 0;\n  }\n}\n");
    // Correct, but it starts a process: the default deny list rejects it before compiling.
    write(
        ex.resolve("solution/Sum.java"),
        "public class Sum {\n  public static int of(int a, int b) {\n"
            + "    try {\n      new ProcessBuilder(\"true\").start();\n"
            + "    } catch (java.io.IOException e) {\n      return -1;\n    }\n"
            + "    return a + b;\n  }\n}\n");
    // An instructor's tests without @Points: one point each, known only once they run.
    write(
        ex.resolve("hidden/SumTest.java"),
        "import static org.junit.jupiter.api.Assertions.assertEquals;\n"
            + "import org.junit.jupiter.api.Test;\n"
            + "class SumTest {\n"
            + "  @Test void small() { assertEquals(3, Sum.of(1, 2)); }\n"
            + "  @Test void negative() { assertEquals(-1, Sum.of(1, -2)); }\n"
            + "  @Test void zero() { assertEquals(0, Sum.of(0, 0)); }\n"
            + "}\n");
    CourseRunner course = new CourseRunner(tmp.resolve("course"), tmp.resolve("g.db"));

    CourseRunner.Run submit =
        course.run(
            "submit", "sum", ex.resolve("starter/Sum.java").toString(), "--student", "s", "--json");
    double max = submit.json().get("max_score").asDouble();
    assertThat(max).as(submit.toString()).isEqualTo(3);

    CourseRunner.Run check = course.run("check", "sum");
    assertThat(check.code()).as(check.toString()).isEqualTo(ExitCode.LOST_POINTS);
    assertThat(check.out())
        .as(check.toString())
        .containsPattern("solution\\s+0/3 \\(rejected\\)\\s+full marks\\s+FAIL")
        .contains("(the reference solution was rejected;")
        .containsPattern("starter\\s+1/3\\s+less than full\\s+ok")
        .doesNotContain("/0");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
