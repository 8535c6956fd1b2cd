package course.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real course's Markdown files, for tests that hold a part of the build to a library on them.
 */
public final class CourseMarkdown {
  private CourseMarkdown() {}

  /** The repository's root: tests run in the site module's folder. */
  public static Path root() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /** Every {@code .md} file under {@code content/} and {@code exercises/}, sorted. */
  public static List<Path> files() throws IOException {
    Path root = root();
    try (Stream<Path> content = Files.walk(root.resolve("content"));
        Stream<Path> exercises = Files.walk(root.resolve("exercises"))) {
      return Stream.concat(content, exercises)
          .filter(p -> p.toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }
}
