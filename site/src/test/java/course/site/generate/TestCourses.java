package course.site.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Course folders for tests: fixtures from the test resources, copied so tests may edit them. */
final class TestCourses {
  private TestCourses() {}

  static Path resource(String name) {
    try {
      return Path.of(TestCourses.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of {@code courses/<name>} under {@code dir}. */
  static Path copy(String name, Path dir) {
    Path from = resource("courses/" + name);
    Path to = dir.resolve(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** The real course at the repository root (content/ and exercises/). */
  static Path realCourse() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("exercises"))) {
      throw new IllegalStateException("run from site/: no exercises/ in " + root);
    }
    return root;
  }
}
