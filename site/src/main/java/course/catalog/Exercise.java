package course.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of the course, as read from {@code exercises/<slug>/exercise.md} and the folders
 * beside it. The folders {@code hidden/}, {@code solution/} and {@code wrong/} are never published.
 *
 * @param submit the file names a student hands in, e.g. {@code HeightChecker.java}
 * @param timeout the limit for one test
 * @param runTimeout the wall-clock limit for a whole grading run
 * @param memory the child JVM's heap, in {@code -Xmx} form (e.g. {@code 256m})
 * @param forbid APIs the static check rejects on top of the default deny list
 * @param statement the Markdown body of {@code exercise.md}
 */
public record Exercise(
    String slug,
    Path dir,
    String title,
    String difficulty,
    Optional<String> lesson,
    List<String> submit,
    Duration timeout,
    Duration runTimeout,
    String memory,
    List<String> forbid,
    Optional<OffsetDateTime> due,
    List<String> tags,
    String statement) {

  public Exercise {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(dir, "dir");
    submit = List.copyOf(submit);
    forbid = List.copyOf(forbid);
    tags = List.copyOf(tags);
  }

  /** The published starter files. */
  public Path starterDir() {
    return dir.resolve("starter");
  }

  /** The published (visible) tests. */
  public Path testsDir() {
    return dir.resolve("tests");
  }

  /** The hidden tests: never published. */
  public Path hiddenDir() {
    return dir.resolve("hidden");
  }

  /** The reference solution: never published. */
  public Path solutionDir() {
    return dir.resolve("solution");
  }

  /** Known-wrong solutions, one folder each: never published. */
  public Path wrongDir() {
    return dir.resolve("wrong");
  }

  /** The public class names a submission must declare, from {@link #submit()}. */
  public List<String> submitClasses() {
    return submit.stream().map(f -> f.substring(0, f.length() - ".java".length())).toList();
  }
}
