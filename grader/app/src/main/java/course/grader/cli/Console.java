package course.grader.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where commands print human output, with colour only when asked for.
 *
 * <p>The markup is picocli's ({@code @|red,bold text|@}), rendered here as picocli's {@code
 * Help.Ansi} renders it: a student kit's {@code submit} prints its report without loading any of
 * picocli (see {@link KitFastPath}), and ConsoleTest holds the two renderings equal.
 */
final class Console {
  /** The styles the commands use: their codes to switch on and off, as picocli writes them. */
  private static final Map<String, String[]> STYLES =
      Map.of(
          "bold", new String[] {"\u001B[1m", "\u001B[21m"},
          "red", new String[] {"\u001B[31m", "\u001B[39m"},
          "green", new String[] {"\u001B[32m", "\u001B[39m"},
          "yellow", new String[] {"\u001B[33m", "\u001B[39m"});

  private static final String RESET = "\u001B[0m";

  private final PrintWriter out;
  private final boolean color;

  Console(PrintWriter out, boolean color) {
    this.out = out;
    this.color = color;
  }

  PrintWriter out() {
    return out;
  }

  /** {@code text} in picocli's markup, e.g. {@code @|green PASS|@}, rendered or stripped. */
  String style(String markup) {
    StringBuilder shown = new StringBuilder(markup.length() + 16);
    int at = 0;
    while (at < markup.length()) {
      int open = markup.indexOf("@|", at);
      int close = open < 0 ? -1 : markup.indexOf("|@", open + 2);
      int space = open < 0 ? -1 : markup.indexOf(' ', open + 2);
      if (open < 0 || close < 0) {
        // No (complete) markup left: the rest as it is. Student text never gets here with
        // markup in it (ReportPrinter.escape breaks "@|" and "|@").
        shown.append(markup, at, markup.length());
        break;
      }
      if (space < 0 || space > close) {
        // "@|red|@" names no text: picocli leaves it as it is.
        shown.append(markup, at, close + 2);
        at = close + 2;
        continue;
      }
      shown.append(markup, at, open);
      String text = markup.substring(space + 1, close);
      if (!text.isEmpty()) {
        String[] names = markup.substring(open + 2, space).split(",");
        if (color) {
          for (String name : names) {
            shown.append(codes(name)[0]);
          }
        }
        shown.append(text);
        if (color) {
          for (int i = names.length - 1; i >= 0; i--) {
            shown.append(codes(names[i])[1]);
          }
          shown.append(RESET);
        }
      }
      at = close + 2;
    }
    return shown.toString();
  }

  private static String[] codes(String style) {
    String[] codes = STYLES.get(style);
    if (codes == null) {
      throw new IllegalArgumentException("no such style in Console: " + style);
    }
    return codes;
  }
}
