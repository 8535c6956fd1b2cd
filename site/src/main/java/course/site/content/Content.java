package course.site.content;

import java.util.List;
import java.util.Optional;

/**
 * The lessons of a course: its title and home-page intro (from {@code content/index.md}) and its
 * parts in order, and the pages whose file could not be read.
 */
public record Content(
    String title, String intro, int introLine, List<Part> parts, List<Unreadable> unreadable) {
  public Content {
    parts = List.copyOf(parts);
    unreadable = List.copyOf(unreadable);
  }

  /** A course whose every file could be read. */
  public Content(String title, String intro, int introLine, List<Part> parts) {
    this(title, intro, introLine, parts, List.of());
  }

  /** Every lesson, part by part, in reading order. */
  public List<Lesson> lessons() {
    return parts.stream().flatMap(p -> p.lessons().stream()).toList();
  }

  /** The lesson with this id ({@code part/stem}). */
  public Optional<Lesson> lesson(String id) {
    return lessons().stream().filter(l -> l.id().equals(id)).findFirst();
  }
}
