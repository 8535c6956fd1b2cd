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
 * @param submit the file names a student hands in, e.g. {@code HeightChecker.java}, or patterns of
 *     files he may add, e.g. {@code *.java}
 * @param timeout the limit for one test
 * @param runTimeout the wall-clock limit for a whole grading run
 * @param memory the child JVM's heap, in {@code -Xmx} form (e.g. {@code 256m})
 * @param forbid APIs the static check rejects on top of the default deny list
 * @param allow default deny rules lifted for this exercise (see {@link #LIFTABLE})
 * @param statement the Markdown body of {@code exercise.md}
 * @param feedback how much a failing hidden test tells the student
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
    List<String> allow,
    Optional<OffsetDateTime> due,
    List<String> tags,
    String statement,
    Feedback feedback) {

  public Exercise {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(dir, "dir");
    submit = List.copyOf(submit);
    forbid = List.copyOf(forbid);
    allow = List.copyOf(allow);
    tags = List.copyOf(tags);
    feedback = feedback == null ? Feedback.MESSAGE : feedback;
  }

  /** An exercise with the default {@link Feedback#MESSAGE} feedback. */
  public Exercise(
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
      List<String> allow,
      Optional<OffsetDateTime> due,
      List<String> tags,
      String statement) {
    this(
        slug,
        dir,
        title,
        difficulty,
        lesson,
        submit,
        timeout,
        runTimeout,
        memory,
        forbid,
        allow,
        due,
        tags,
        statement,
        Feedback.MESSAGE);
  }

  /**
   * The default deny rules {@code allow} may lift, with what lifting them gives: {@code files} lets
   * the code read the files of the exercise's own {@code resources/} folder, which is then bound
   * read-only into the sandbox and put on the class path (nothing else, and no writing).
   */
  public static final java.util.Map<String, String> LIFTABLE =
      java.util.Map.of("files", "reading the files of the exercise's resources/ folder");

  /** Rules {@code allow} never lifts, with the reason: they are what keeps the grader safe. */
  public static final java.util.Map<String, String> NEVER_LIFTED =
      java.util.Map.of(
          "processes", "a process runs outside the JVM's checks",
          "native-code", "native code runs outside the JVM's checks",
          "network", "the grader runs offline and must not reach other machines",
          "reflection", "reflection reaches into the harness and its result channel",
          "internals", "the JVM's internals (Unsafe, management) read the harness's memory",
          "exit", "ending the JVM ends the run for every test",
          "threads", "other threads are the harness's",
          "settings", "the JVM's settings and security manager guard the run");

  /**
   * The folders of an exercise students get (site downloads, the student kit): the starter, the
   * visible tests, and the files the exercise ships for the code to read ({@code resources/}, which
   * student code may read while graded anyway). Never {@code hidden/}, {@code solution/} or {@code
   * wrong/}.
   */
  public static final java.util.List<String> PUBLISHED_FOLDERS =
      java.util.List.of("starter", "tests", "resources");

  /**
   * Everything of an exercise folder students get: the statement and {@link #PUBLISHED_FOLDERS}.
   */
  public static final java.util.List<String> PUBLISHED =
      java.util.List.of("exercise.md", "starter", "tests", "resources");

  /** The exercise's own files students' code may read when {@code allow: [files]}. */
  public Path resourcesDir() {
    return dir.resolve("resources");
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

  /**
   * The classes (enums, records, interfaces; public or not) a submission must declare, one per file
   * named in {@link #submit()}; a pattern such as {@code *.java} names none.
   */
  public List<String> submitClasses() {
    return submit.stream()
        .filter(f -> !f.contains("*"))
        .map(f -> f.substring(0, f.length() - ".java".length()))
        .toList();
  }

  /**
   * True when a file named {@code fileName} may be handed in besides the named ones: {@code submit}
   * holds a pattern it matches ({@code *.java}, {@code Helper*.java}).
   */
  public boolean acceptsExtra(String fileName) {
    for (String entry : submit) {
      if (entry.contains("*")
          && fileName.matches(
              java.util.regex.Pattern.quote(entry).replace("*", "\\E[A-Za-z0-9_$]*\\Q"))) {
        return true;
      }
    }
    return false;
  }
}
