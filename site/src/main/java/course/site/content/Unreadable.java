package course.site.content;

/**
 * A part index or lesson whose file exists but could not be read (malformed front matter, not
 * UTF-8). Its own error is reported once; the build still counts the page as existing, so links and
 * prerequisites pointing at it are not reported a second time.
 *
 * @param id a lesson id ({@code part/stem}) or, for a part's {@code index.md}, the part id
 * @param file the source path relative to the course root
 * @param output the page it would have become, relative to the site root
 */
public record Unreadable(String id, String file, String output) {}
