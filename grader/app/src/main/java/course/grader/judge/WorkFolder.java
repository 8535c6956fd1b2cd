package course.grader.judge;

import course.catalog.CourseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh temporary folder that is deleted, with everything in it, on {@link #close()}. */
public final class WorkFolder implements AutoCloseable {
  private final Path path;

  private WorkFolder(Path path) {
    this.path = path;
  }

  /** A new empty folder under the system's temp folder, its name starting with {@code prefix}. */
  public static WorkFolder create(String prefix) {
    try {
      return new WorkFolder(Files.createTempDirectory(prefix));
    } catch (IOException e) {
      throw CourseException.internal("cannot create a work folder: " + e.getMessage(), e);
    }
  }

  /** The folder. */
  public Path path() {
    return path;
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temp folder is untidy, not wrong; every run makes a fresh one.
    }
  }
}
