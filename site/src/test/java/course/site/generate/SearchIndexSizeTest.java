package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index stays at most 30 % of the lesson Markdown it indexes (issue 20): on the real
 * course, and on a course written by the build benchmark's generator (site/bench), as the benchmark
 * measures it.
 */
class SearchIndexSizeTest {
  private static final double MAX_SHARE = 0.30;

  private static long markdownBytes(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      long sum = 0;
      for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        sum += Files.size(f);
      }
      return sum;
    }
  }

  private static double share(Path course, Path out) throws IOException {
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    assertThat(result.problems()).isEmpty();
    return (double) Files.size(out.resolve("assets/search-index.js"))
        / markdownBytes(course.resolve("content"));
  }

  @Test
  void theRealCoursesIndexIsAtMostThirtyPercentOfItsMarkdown(@TempDir Path dir) throws IOException {
    assertThat(share(TestCourses.realCourse(), dir.resolve("site"))).isLessThanOrEqualTo(MAX_SHARE);
  }

  @Test
  void aGeneratedCoursesIndexIsAtMostThirtyPercentOfItsMarkdown(@TempDir Path dir)
      throws Exception {
    Path course = dir.resolve("course");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process generator =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    Path.of("bench", "GenerateCourse.java").toString(),
                    course.toString(),
                    "3",
                    "50"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("generator.log").toFile())
            .start();
    assertThat(generator.waitFor()).as(Files.readString(dir.resolve("generator.log"))).isZero();
    assertThat(share(course, dir.resolve("site"))).isLessThanOrEqualTo(MAX_SHARE);
  }
}
