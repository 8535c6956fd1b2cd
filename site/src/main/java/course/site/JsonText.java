package course.site;

import java.util.Locale;

/**
 * JSON string literals for what the build writes into pages and scripts (the search index, the
 * scenarios of Raft simulator figures). Safe inside a {@code <script>} too: {@code <}, U+2028 and
 * U+2029 are escaped.
 */
public final class JsonText {
  private JsonText() {}

  /** Appends {@code s} as a quoted JSON string; returns {@code out}. */
  public static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // U+2028/2029 end a line in older JavaScript; "<" keeps "</script" inert if inlined.
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
