package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/**
 * Console renders picocli's markup itself (a kit's submit loads none of picocli): in colour and
 * without, exactly as picocli's {@code Help.Ansi} does, for every style the commands use.
 */
class ConsoleTest {
  static final List<String> MARKUP =
      List.of(
          "@|green PASS |@",
          "@|red FAIL |@",
          "@|red ERROR|@",
          "@|yellow TIME |@",
          "@|red CRASH|@",
          "@|red MEM  |@",
          "@|red FLOOD|@",
          "@|green ok|@",
          "@|red,bold FAIL|@",
          "@|bold exercise  score  late|@",
          "@|yellow  late |@",
          "  @|red Adder.java:3:5: error: ';' expected|@",
          "before @|red a|@ between @|green b|@ after",
          "@|red a|@@|green b|@",
          "@|bold |@",
          "@|red|@ stays",
          "no markup, 100% plain",
          "escaped @ |red x| @ student text",
          "");

  @Test
  void rendersPicocliMarkupAsPicocliDoesWithAndWithoutColour() {
    for (boolean color : List.of(true, false)) {
      Console console = new Console(new PrintWriter(new StringWriter()), color);
      Ansi ansi = color ? Ansi.ON : Ansi.OFF;
      for (String markup : MARKUP) {
        assertThat(console.style(markup))
            .as("%s, colour %s", markup, color)
            .isEqualTo(ansi.string(markup));
      }
    }
  }
}
