package course.site.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons of a course: its title and home-page intro (from {@code content/index.md}) and its
 * parts in order, and the pages whose file could not be read.
 */
public final class Content {
  private final String title;
  private final String intro;
  private final int introLine;
  private final List<Part> parts;
  private final List<Unreadable> unreadable;
  private final List<Lesson> lessons;

  /**
   * The lessons by id, the first of each id: a page links its prerequisites through it, and a
   * search of the list for each made a 1,000-lesson build's pages a tenth slower.
   */
  private final Map<String, Lesson> byId = new HashMap<>();

  public Content(
      String title, String intro, int introLine, List<Part> parts, List<Unreadable> unreadable) {
    this.title = title;
    this.intro = intro;
    this.introLine = introLine;
    this.parts = List.copyOf(parts);
    this.unreadable = List.copyOf(unreadable);
    this.lessons = this.parts.stream().flatMap(p -> p.lessons().stream()).toList();
    for (Lesson lesson : lessons) {
      byId.putIfAbsent(lesson.id(), lesson);
    }
  }

  /** A course whose every file could be read. */
  public Content(String title, String intro, int introLine, List<Part> parts) {
    this(title, intro, introLine, parts, List.of());
  }

  /** The course title. */
  public String title() {
    return title;
  }

  /** The home page's Markdown after the front matter. */
  public String intro() {
    return intro;
  }

  /** The 1-based line of {@code content/index.md} where {@link #intro()} starts. */
  public int introLine() {
    return introLine;
  }

  /** The parts in order. */
  public List<Part> parts() {
    return parts;
  }

  /** The pages whose file could not be read. */
  public List<Unreadable> unreadable() {
    return unreadable;
  }

  /** Every lesson, part by part, in reading order. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** The lesson with this id ({@code part/stem}). */
  public Optional<Lesson> lesson(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
