package course.site.content;

import java.util.List;

/**
 * A part of the course: a folder {@code content/<part>/} with an {@code index.md} and lessons in
 * order.
 *
 * @param file the {@code index.md}, relative to the course root
 * @param intro the Markdown body of {@code index.md}
 */
public record Part(
    String id,
    String file,
    String title,
    int order,
    String intro,
    int introLine,
    List<Lesson> lessons) {
  public Part {
    lessons = List.copyOf(lessons);
  }
}
