package course.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The course as files: reads every {@code exercises/<slug>/exercise.md} with the folders beside it.
 * One reader for the site and the grader; every problem is a {@link CourseException} naming the
 * file and line.
 */
public final class Catalog {
  static final Set<String> EXERCISE_KEYS =
      Set.of(
          "title",
          "lesson",
          "difficulty",
          "submit",
          "timeout",
          "run_timeout",
          "memory",
          "forbid",
          "allow",
          "due",
          "tags",
          "feedback");
  static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern JAVA_FILE = Pattern.compile("[A-Z][A-Za-z0-9_]*\\.java");
  private static final Pattern JAVA_PATTERN =
      Pattern.compile("[A-Za-z0-9_]*\\*[A-Za-z0-9_*]*\\.java");
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");
  private static final Pattern MEMORY = Pattern.compile("(\\d+)([kmg])");
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration DEFAULT_RUN_TIMEOUT = Duration.ofSeconds(30);
  private static final String DEFAULT_MEMORY = "256m";

  private final Path root;
  private final List<Exercise> exercises;
  private final Map<String, Problem> broken;

  private Catalog(Path root, List<Exercise> exercises, Map<String, Problem> broken) {
    this.root = root;
    this.exercises = List.copyOf(exercises);
    this.broken = Map.copyOf(broken);
  }

  /**
   * Reads the course under {@code root}. Every exercise stands alone: a malformed one is left out
   * of {@link #exercises()} and reported by {@link #problems()}, and the others load and work.
   */
  public static Catalog load(Path root) {
    return load(root, false);
  }

  /**
   * Reads the published part of a course, as a student kit holds it ({@code course kit}): the same
   * checks as {@link #load}, except that an exercise needs no {@code solution/}, since a kit never
   * holds reference solutions (nor hidden tests). Such a catalog can run the visible tests only.
   */
  public static Catalog loadPublished(Path root) {
    return load(root, true);
  }

  private static Catalog load(Path root, boolean published) {
    Objects.requireNonNull(root, "root");
    Path dir = root.resolve("exercises");
    if (!Files.isDirectory(dir)) {
      throw CourseException.input(
          root + ": no exercises/ folder here; run inside a course or pass --course DIR");
    }
    List<Exercise> list = new ArrayList<>();
    Map<String, Problem> broken = new TreeMap<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) {
          try {
            list.add(readExercise(root, child, published));
          } catch (CourseException e) {
            String shown = root.relativize(child.resolve("exercise.md")).toString();
            broken.put(
                child.getFileName().toString(),
                e.problem().orElseGet(() -> new Problem(shown, 0, e.getMessage())));
          }
        }
      }
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot list exercises: " + e.getMessage(), e);
    }
    return new Catalog(root, list, broken);
  }

  /**
   * What is wrong with each exercise that could not be loaded (one problem each, its first), sorted
   * by file and line; empty when every exercise loaded.
   */
  public List<Problem> problems() {
    return broken.values().stream().sorted().toList();
  }

  /** The slugs of the exercises that could not be loaded, sorted. */
  public List<String> brokenSlugs() {
    return broken.keySet().stream().sorted().toList();
  }

  /** The course root folder. */
  public Path root() {
    return root;
  }

  /** All exercises, sorted by slug. */
  public List<Exercise> exercises() {
    return exercises;
  }

  /**
   * The exercise with this slug, or a clear error: the exercise's own problem when it is broken,
   * else the known slugs.
   */
  public Exercise exercise(String slug) {
    Problem problem = broken.get(slug);
    if (problem != null) {
      throw CourseException.at(problem, null);
    }
    return exercises.stream()
        .filter(e -> e.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> CourseException.input(unknownExercise(slug)));
  }

  /** One suggestion for a typo; the known slugs only when they are few. */
  private String unknownExercise(String slug) {
    List<String> known = exercises.stream().map(Exercise::slug).toList();
    String start = "unknown exercise '" + slug + "'; ";
    return Nearest.to(slug, known)
        .map(near -> start + "did you mean '" + near + "'? (see 'course list')")
        .orElseGet(
            () ->
                known.size() <= 5
                    ? start + "known: " + String.join(", ", known) + " (see 'course list')"
                    : start + "see 'course list' for the " + known.size() + " exercises");
  }

  static Exercise readExercise(Path root, Path dir) {
    return readExercise(root, dir, false);
  }

  private static Exercise readExercise(Path root, Path dir, boolean published) {
    String slug = dir.getFileName().toString();
    Path file = dir.resolve("exercise.md");
    String shown = root.relativize(file).toString();
    if (!SLUG.matcher(slug).matches()) {
      throw CourseException.at(
          root.relativize(dir).toString(),
          0,
          "exercise folder names are lower-case words joined by '-'; rename it");
    }
    FrontMatter fm = FrontMatter.parse(shown, readUtf8(file, shown));
    fm.requireOnly(EXERCISE_KEYS);
    String title = fm.requiredString("title");
    String difficulty = fm.string("difficulty").orElse("medium").toLowerCase(Locale.ROOT);
    if (!DIFFICULTIES.contains(difficulty)) {
      throw fm.error("difficulty", "difficulty must be easy, medium or hard");
    }
    List<String> submit = fm.stringList("submit");
    if (submit.isEmpty()) {
      throw fm.error("submit", "'submit' is required: the files students hand in, e.g. [Foo.java]");
    }
    for (String name : submit) {
      if (!JAVA_FILE.matcher(name).matches() && !JAVA_PATTERN.matcher(name).matches()) {
        throw fm.error(
            "submit",
            "'"
                + name
                + "' is not a Java file name like HeightChecker.java or a pattern like *.java");
      }
    }
    Duration timeout = duration(fm, "timeout", DEFAULT_TIMEOUT);
    Duration runTimeout = duration(fm, "run_timeout", DEFAULT_RUN_TIMEOUT);
    String memory = memory(fm);
    Optional<OffsetDateTime> due = due(fm);
    List<String> allow = fm.stringList("allow");
    for (String name : allow) {
      String lifted =
          "allow may lift: " + String.join(", ", new TreeSet<>(Exercise.LIFTABLE.keySet()));
      if (Exercise.NEVER_LIFTED.containsKey(name)) {
        throw fm.error(
            "allow",
            "'"
                + name
                + "' can never be allowed ("
                + Exercise.NEVER_LIFTED.get(name)
                + "); "
                + lifted);
      }
      if (!Exercise.LIFTABLE.containsKey(name)) {
        throw fm.error("allow", "'" + name + "' names no rule; " + lifted);
      }
    }
    Exercise exercise =
        new Exercise(
            slug,
            dir,
            title,
            difficulty,
            fm.string("lesson"),
            submit,
            timeout,
            runTimeout,
            memory,
            fm.stringList("forbid"),
            allow,
            due,
            fm.stringList("tags"),
            fm.body(),
            feedback(fm));
    checkFolders(root, exercise, published);
    return exercise;
  }

  private static Feedback feedback(FrontMatter fm) {
    Optional<String> word = fm.string("feedback");
    if (word.isEmpty()) {
      return Feedback.MESSAGE;
    }
    return Feedback.of(word.get().strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                fm.error(
                    "feedback",
                    "feedback must be name, message or full (what a failing hidden test shows)"));
  }

  private static void checkFolders(Path root, Exercise exercise, boolean published) {
    // A starter file is optional (a helper class the student writes from scratch); the reference
    // solution has every named file, except in a kit, which holds none.
    for (String name : published ? List.<String>of() : exercise.submitClasses()) {
      Path expected = exercise.solutionDir().resolve(name + ".java");
      if (!Files.isRegularFile(expected)) {
        throw CourseException.at(
            root.relativize(expected).toString(),
            0,
            "missing; every file 'submit' names needs a reference solution");
      }
    }
    // A kit's exercise may have hidden tests only: its tests run on the server.
    if (!published
        && javaFiles(exercise.testsDir()).isEmpty()
        && javaFiles(exercise.hiddenDir()).isEmpty()) {
      throw CourseException.at(
          root.relativize(exercise.dir()).toString(),
          0,
          "no tests; add JUnit test classes under tests/ (visible) or hidden/");
    }
  }

  /** The {@code .java} files directly in {@code dir}, sorted; empty when it does not exist. */
  public static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw CourseException.input(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Reads a course file that must be UTF-8 text; a bad byte is reported with its line. */
  public static String readUtf8(Path file, String shown) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw CourseException.at(shown, 0, "missing", e);
    } catch (IOException e) {
      throw CourseException.at(shown, 0, "cannot read: " + e.getMessage(), e);
    }
    // The common case first: the JDK's own decoding, which replaces a malformed sequence by U+FFFD.
    // Only a text with that character (malformed, or written so) is decoded again strictly, to
    // find the line of the bad byte.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, chars, true);
    if (result.isError()) {
      // The decoder stops at the first bad byte, so its position gives the line an editor shows.
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw CourseException.at(
          shown, line, "not UTF-8 text (byte " + (in.position() + 1) + "); save it as UTF-8");
    }
    return chars.flip().toString();
  }

  private static Duration duration(FrontMatter fm, String key, Duration fallback) {
    Optional<String> text = fm.string(key);
    if (text.isEmpty()) {
      return fallback;
    }
    Matcher m = DURATION.matcher(text.get().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw fm.error(key, "'" + key + "' must be a duration such as 2s or 500ms");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    long millis =
        Math.round(
            switch (unit) {
              case "ms" -> amount;
              case "m" -> amount * 60_000;
              default -> amount * 1000;
            });
    if (millis < 100 || millis > 3_600_000) {
      throw fm.error(key, "'" + key + "' must be between 100ms and 60m");
    }
    return Duration.ofMillis(millis);
  }

  private static String memory(FrontMatter fm) {
    Optional<String> text = fm.string("memory");
    if (text.isEmpty()) {
      return DEFAULT_MEMORY;
    }
    String value = text.get().toLowerCase(Locale.ROOT).replace(" ", "");
    Matcher m = MEMORY.matcher(value);
    if (!m.matches()) {
      throw fm.error("memory", "'memory' must look like 256m or 1g");
    }
    if (m.group(1).length() > 9) {
      throw fm.error("memory", "'memory' must be between 32m and 8g");
    }
    long mb =
        switch (m.group(2)) {
          case "k" -> Long.parseLong(m.group(1)) / 1024;
          case "g" -> Long.parseLong(m.group(1)) * 1024;
          default -> Long.parseLong(m.group(1));
        };
    if (mb < 32 || mb > 8192) {
      throw fm.error("memory", "'memory' must be between 32m and 8g");
    }
    return value;
  }

  private static Optional<OffsetDateTime> due(FrontMatter fm) {
    Optional<String> text = fm.string("due");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.get()));
    } catch (DateTimeParseException e) {
      throw fm.error(
          "due", "'due' must be an ISO-8601 date-time with a zone, e.g. 2026-12-01T23:59:00Z");
    }
  }
}
