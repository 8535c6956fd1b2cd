package course.site;

/** White space made plain, for the text the search index holds. */
public final class Spaces {
  private Spaces() {}

  /**
   * {@code text} with each run of white space ({@code \s}: space, tab, line feed, vertical tab,
   * form feed, carriage return) made one space, stripped: what {@code replaceAll("\\s+", "
   * ").strip()} gives, in one pass. A text that is single-spaced already (a page's plain text) is
   * not copied.
   */
  public static String single(CharSequence text) {
    int n = text.length();
    boolean plain = true;
    for (int i = 0; i < n && plain; i++) {
      char c = text.charAt(i);
      plain = c == ' ' ? i > 0 && text.charAt(i - 1) != ' ' : !isSpace(c);
    }
    if (plain) {
      return text.toString().strip();
    }
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
