package course.site;

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
    // Runs of characters that need no escape are copied whole (the index's posting lists are a
    // megabyte of them).
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // U+2028/2029 end a line in older JavaScript; "<" keeps "</script" inert if inlined.
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      out.append(s, copied, i);
      copied = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default ->
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15])
                .append(HEX[c & 15]);
      }
    }
    return out.append(s, copied, s.length()).append('"');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
}
