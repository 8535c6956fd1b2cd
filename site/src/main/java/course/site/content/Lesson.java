package course.site.content;

import java.util.List;

/**
 * One lesson: {@code content/<part>/<nn>-<slug>.md}.
 *
 * @param id the lesson path used by prerequisites, e.g. {@code raft/01-terms-and-roles}
 * @param file the source path relative to the course root, e.g. {@code
 *     content/raft/01-terms-and-roles.md}
 * @param prerequisites lesson ids to read first
 * @param prerequisitesLine the 1-based line of {@code prerequisites} in the file
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line where {@code body} starts
 */
public record Lesson(
    String id,
    String part,
    String stem,
    String file,
    String title,
    String summary,
    int order,
    List<String> tags,
    List<String> prerequisites,
    int prerequisitesLine,
    List<Source> sources,
    String body,
    int bodyLine) {
  public Lesson {
    tags = List.copyOf(tags);
    prerequisites = List.copyOf(prerequisites);
    sources = List.copyOf(sources);
  }
}
