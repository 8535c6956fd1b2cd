package course.site.generate;

import course.site.content.Unreadable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exercise pages a course has on disk, for when the catalog could not be loaded: links to them
 * are then not reported too, since the catalog's own error is the one to fix.
 */
final class ExerciseFolders {
  private ExerciseFolders() {}

  static List<Unreadable> unreadable(Path root) {
    try (Stream<Path> dirs = Files.list(root.resolve("exercises"))) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("exercise.md")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .map(
              slug ->
                  new Unreadable(
                      "exercise--" + slug,
                      "exercises/" + slug + "/exercise.md",
                      "exercises/" + slug + "/index.html"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
