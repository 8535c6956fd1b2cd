package course.site.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The search index of the site, written as {@code assets/search-index.js} ({@code
 * window.COURSE_SEARCH = {...};}) so that search works from file:// without fetch. Minimal version
 * with the contract's API (see the site contract); the full index replaces it.
 */
public final class SearchIndex {
  private final List<String[]> docs = new ArrayList<>();

  /**
   * Adds a page.
   *
   * @param url relative to the site root, may carry {@code #anchor}
   * @param section the part title, or "Exercises"
   * @param text the plain text of the page
   */
  public void add(String url, String title, String section, String text) {
    docs.add(new String[] {url, title, section, text});
  }

  /** The contents of {@code assets/search-index.js}. */
  public String toJavaScript() {
    StringBuilder sb = new StringBuilder("window.COURSE_SEARCH = {\"docs\":[");
    for (int i = 0; i < docs.size(); i++) {
      String[] d = docs.get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"url\":")
          .append(quote(d[0]))
          .append(",\"title\":")
          .append(quote(d[1]))
          .append(",\"section\":")
          .append(quote(d[2]))
          .append(",\"text\":")
          .append(quote(d[3]))
          .append('}');
    }
    return sb.append("]};\n").toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<' -> sb.append("\\u003c");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
