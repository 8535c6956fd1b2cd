package course.site.browser;

import course.site.generate.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The browser-test course: the lessons under {@code src/test/resources/browser-course} and the
 * repository's real {@code exercises/height-checker}, built by the real {@link SiteBuilder}.
 */
final class SiteFixture {
  private static final Path LESSONS = Path.of("src", "test", "resources", "browser-course");
  private static final Path EXERCISE = Path.of("..", "exercises", "height-checker");

  private SiteFixture() {}

  /** Builds the fixture course under a new temporary folder; returns the site folder. */
  static Path build() throws IOException {
    Path course = course();
    Path out = course.resolveSibling("site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    if (!result.ok()) {
      throw new AssertionError("the fixture course does not build: " + result.problems());
    }
    return out.toRealPath();
  }

  /** A fresh copy of the fixture course under a new temporary folder; returns the course folder. */
  static Path course() throws IOException {
    Path course = Files.createTempDirectory("course-browser-").resolve("course");
    copy(LESSONS, course);
    copy(EXERCISE, course.resolve("exercises").resolve("height-checker"));
    return course;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        try {
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
