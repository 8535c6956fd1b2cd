package course.site.content;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.FrontMatter;
import course.catalog.Problem;
import course.site.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/}: the course's {@code index.md}, one folder per part with an {@code
 * index.md}, and lessons named {@code <nn>-<slug>.md}. Every problem is reported (with its file and
 * line) and reading goes on, so one build lists them all.
 */
public final class ContentReader {
  static final Set<String> LESSON_KEYS =
      Set.of("title", "summary", "order", "tags", "prerequisites", "sources");
  static final Set<String> PART_KEYS = Set.of("title", "order", "summary");
  static final Set<String> COURSE_KEYS = Set.of("title", "summary");
  private static final Pattern LESSON_FILE =
      Pattern.compile("(\\d+)-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");
  private static final Pattern PART_FOLDER = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final Path root;
  private final Consumer<Problem> problems;
  private final List<Unreadable> unreadable = new ArrayList<>();

  /** A reader of the course at {@code root} that reports to {@code problems}. */
  public ContentReader(Path root, Consumer<Problem> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** The content; parts or lessons with problems are left out after being reported. */
  public Content read() {
    Path dir = root.resolve("content");
    String title = "Course";
    String intro = "";
    int introLine = 1;
    if (!Files.isDirectory(dir)) {
      return new Content(title, intro, introLine, List.of());
    }
    Path index = dir.resolve("index.md");
    if (Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
      Optional<FrontMatter> fm = frontMatter(index);
      if (fm.isPresent()) {
        try {
          fm.get().requireOnly(COURSE_KEYS);
          title = fm.get().requiredString("title");
        } catch (CourseException e) {
          report(index, e);
        }
        intro = fm.get().body();
        introLine = fm.get().bodyLine();
      }
    }
    List<Path> children = list(dir);
    readAhead(children);
    List<Part> parts = new ArrayList<>();
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (!Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || name.startsWith(".")) {
        continue;
      }
      if (!PART_FOLDER.matcher(name).matches()) {
        problems.accept(
            new Problem(
                rel(child), 0, "part folders are lower-case words joined by '-'; rename it"));
        continue;
      }
      readPart(child).ifPresent(parts::add);
    }
    parts.sort(Comparator.comparingInt(Part::order).thenComparing(Part::id));
    return new Content(title, intro, introLine, parts, unreadable);
  }

  private Optional<Part> readPart(Path dir) {
    String id = dir.getFileName().toString();
    Path index = dir.resolve("index.md");
    if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
      problems.accept(
          new Problem(
              rel(dir) + "/index.md",
              0,
              "missing; every part needs an index.md with its title, order and intro"));
      return Optional.empty();
    }
    Optional<FrontMatter> read = frontMatter(index);
    String title = null;
    int order = 0;
    if (read.isPresent()) {
      try {
        read.get().requireOnly(PART_KEYS);
        title = read.get().requiredString("title");
        order = read.get().integer("order").orElse(Integer.MAX_VALUE);
      } catch (CourseException e) {
        report(index, e);
      }
    }
    if (title == null) {
      // The part's lessons are not read (their part is unknown), but links to them still resolve.
      unreadable.add(new Unreadable(id, rel(index), "lessons/" + id + "/index.html"));
      for (Path file : lessonFiles(dir)) {
        String stem = stem(file);
        unreadable.add(
            new Unreadable(id + "/" + stem, rel(file), "lessons/" + id + "/" + stem + ".html"));
      }
      return Optional.empty();
    }
    FrontMatter fm = read.get();
    List<Path> files = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (Path file : list(dir)) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".md")
          || name.equals("index.md")
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Matcher m = LESSON_FILE.matcher(name);
      if (!m.matches()) {
        problems.accept(
            new Problem(
                rel(file),
                0,
                "lesson files are named <nn>-<slug>.md, e.g. 01-terms-and-roles.md; rename it"));
        continue;
      }
      files.add(file);
      numbers.add(Integer.parseInt(m.group(1)));
    }
    List<Lesson> lessons = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      readLesson(id, files.get(i), numbers.get(i), parsed(files.get(i))).ifPresent(lessons::add);
    }
    lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::stem));
    return Optional.of(new Part(id, rel(index), title, order, fm.body(), fm.bodyLine(), lessons));
  }

  /** Every lesson file of the course read and parsed ahead, by path: see {@link #readAhead}. */
  private final Map<Path, Parsed> ahead = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Reads and parses the lesson files of every part folder among {@code children} on every core,
   * all parts at once: most of the time of reading the content. The parts are then put together in
   * order from what was read, with their problems.
   */
  private void readAhead(List<Path> children) {
    List<Path> files = new ArrayList<>();
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
          && !name.startsWith(".")
          && PART_FOLDER.matcher(name).matches()) {
        for (Path file : list(child)) {
          // The files readPart reads: lesson names, no symbolic links.
          if (LESSON_FILE.matcher(file.getFileName().toString()).matches()
              && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            files.add(file);
          }
        }
      }
    }
    List<Parsed> parsed = Parallel.map(files.size(), i -> parse(files.get(i)));
    for (int i = 0; i < files.size(); i++) {
      ahead.put(files.get(i), parsed.get(i));
    }
  }

  /** The lesson file read and parsed ahead, or now. */
  private Parsed parsed(Path file) {
    Parsed read = ahead.remove(file);
    return read != null ? read : parse(file);
  }

  private List<Path> lessonFiles(Path dir) {
    return list(dir).stream()
        .filter(f -> LESSON_FILE.matcher(f.getFileName().toString()).matches())
        .filter(Files::isRegularFile)
        .toList();
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
  }

  /**
   * Reads one lesson's file again, for the preview's fast path; empty (with its problem reported)
   * when it no longer reads.
   */
  public Optional<Lesson> reread(Lesson old) {
    Path file = root.resolve(old.file());
    Matcher m = LESSON_FILE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    return lesson(old.part(), file, Integer.parseInt(m.group(1)), old.stem(), parse(file));
  }

  private Optional<Lesson> readLesson(String part, Path file, int number, Parsed parsed) {
    String stem = stem(file);
    Optional<Lesson> lesson = lesson(part, file, number, stem, parsed);
    if (lesson.isEmpty()) {
      unreadable.add(
          new Unreadable(part + "/" + stem, rel(file), "lessons/" + part + "/" + stem + ".html"));
    }
    return lesson;
  }

  private Optional<Lesson> lesson(String part, Path file, int number, String stem, Parsed parsed) {
    Optional<FrontMatter> read = frontMatter(file, parsed);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = read.get();
    try {
      fm.requireOnly(LESSON_KEYS);
      List<Source> sources = new ArrayList<>();
      List<Map<String, String>> entries = fm.entries("sources", "title");
      for (int i = 0; i < entries.size(); i++) {
        Map<String, String> entry = entries.get(i);
        String title = entry.get("title");
        if (title == null || title.isBlank()) {
          throw CourseException.at(
              rel(file),
              fm.lineOfItem("sources", i),
              "a source needs a title: write '- Title' or '- {title: ..., url: ...}'");
        }
        for (String key : entry.keySet()) {
          if (!key.equals("title") && !key.equals("url")) {
            throw CourseException.at(
                rel(file),
                fm.lineOfItem("sources", i),
                "unknown source key '" + key + "'; a source has a title and an optional url");
          }
        }
        sources.add(new Source(title, Optional.ofNullable(entry.get("url"))));
      }
      return Optional.of(
          new Lesson(
              part + "/" + stem,
              part,
              stem,
              rel(file),
              fm.requiredString("title"),
              fm.string("summary").orElse(""),
              fm.integer("order").orElse(number),
              fm.stringList("tags"),
              fm.stringList("prerequisites"),
              fm.lineOf("prerequisites"),
              sources,
              fm.body(),
              fm.bodyLine()));
    } catch (CourseException e) {
      report(file, e);
      return Optional.empty();
    }
  }

  private Optional<FrontMatter> frontMatter(Path file) {
    return frontMatter(file, parse(file));
  }

  /** A file's front matter, or the error reading it gave: reported by {@link #frontMatter}. */
  private record Parsed(FrontMatter frontMatter, CourseException error) {}

  /** Reads and parses a file without reporting, so that files may be read on several threads. */
  private Parsed parse(Path file) {
    try {
      return new Parsed(FrontMatter.parse(rel(file), Catalog.readUtf8(file, rel(file))), null);
    } catch (CourseException e) {
      return new Parsed(null, e);
    }
  }

  private Optional<FrontMatter> frontMatter(Path file, Parsed parsed) {
    if (parsed.error() != null) {
      report(file, parsed.error());
      return Optional.empty();
    }
    return Optional.of(parsed.frontMatter());
  }

  private void report(Path file, CourseException e) {
    problems.accept(e.problem().orElseGet(() -> new Problem(rel(file), 0, e.getMessage())));
  }

  private String rel(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private List<Path> list(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted().toList();
    } catch (IOException e) {
      throw CourseException.input(rel(dir) + ": cannot list: " + e.getMessage(), e);
    }
  }
}
