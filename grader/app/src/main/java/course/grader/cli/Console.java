package course.grader.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/** Where commands print human output, with colour only when asked for. */
final class Console {
  private final PrintWriter out;
  private final Ansi ansi;

  Console(PrintWriter out, boolean color) {
    this.out = out;
    this.ansi = color ? Ansi.ON : Ansi.OFF;
  }

  PrintWriter out() {
    return out;
  }

  /** {@code text} in picocli's markup, e.g. {@code @|green PASS|@}, rendered or stripped. */
  String style(String markup) {
    return ansi.string(markup);
  }
}
