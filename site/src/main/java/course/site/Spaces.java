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
    String whole = text.toString();
    // Over an array: a page's text is often UTF-16, and the compiler this tool runs with calls
    // charAt and its index check for each character of a string.
    char[] chars = whole.toCharArray();
    int n = chars.length;
    boolean plain = true;
    for (int i = 0; i < n && plain; i++) {
      char c = chars[i];
      plain = c == ' ' ? i > 0 && chars[i - 1] != ' ' : !isSpace(c);
    }
    if (plain) {
      return whole.strip();
    }
    char[] out = new char[n];
    int k = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && k > 0) {
          out[k++] = ' ';
        }
        space = false;
        out[k++] = c;
      }
    }
    return new String(out, 0, k).strip();
  }

  /** One of the white space characters {@link #single} makes one space. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
