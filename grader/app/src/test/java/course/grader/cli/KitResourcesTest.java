package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise that ships files for the code to read ({@code allow: [files]}, {@code resources/})
 * works in the student kit too: the kit holds its {@code resources/}, and {@code course test} there
 * reads them as the grader does.
 */
class KitResourcesTest {
  @TempDir Path tmp;

  @Test
  void theKitHoldsAnExercisesResourcesAndItsVisibleTestsPassWithThem() throws Exception {
    Path course = Path.of(KitResourcesTest.class.getResource("/generality-course").toURI());
    CourseRunner.Run built =
        new CourseRunner(course, tmp.resolve("db/gradebook.db"))
            .run("kit", "--out=" + tmp.resolve("out"), "--server", Kits.SERVER);
    assertThat(built.code()).as(built.toString()).isZero();
    Path kit = tmp.resolve("out").resolve(course.getFileName() + "-kit");
    assertThat(kit.resolve("exercises/census/resources/population.csv")).isRegularFile();

    Path solution = course.resolve("exercises/census/solution/Census.java");
    CourseRunner.Run run =
        new CourseRunner(kit, tmp.resolve("kit.db")).run("test", "census", solution.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).as(run.toString()).contains("1/1");
    assertThat(Files.exists(tmp.resolve("kit.db"))).as("a kit's test records nothing").isFalse();
  }
}
