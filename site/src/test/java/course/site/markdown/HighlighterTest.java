package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class HighlighterTest {
  @Test
  void javaTokensGetTheirKinds() {
    String html =
        Highlighter.highlight(
            "java", "@Override int f(String s) { return s.length() > 0 ? 1 : 2L; } // done\n");
    assertThat(html)
        .contains("<span class=\"tok-ann\">@Override</span>")
        .contains("<span class=\"tok-kw\">int</span>")
        .contains("<span class=\"tok-kw\">return</span>")
        .contains("<span class=\"tok-num\">2L</span>")
        .contains("<span class=\"tok-com\">// done</span>")
        .contains("&gt; ");
  }

  @Test
  void codeTheLexerCannotReadIsShownPlainly() {
    assertThat(Highlighter.highlight("java", "int x; /* never closed <"))
        .isEqualTo("int x; /* never closed &lt;");
  }

  /**
   * A thread's lexer is started again for each snippet: every Java block of the real course,
   * highlighted one after another on one thread (with snippets the lexer cannot finish in between),
   * comes out as it does from a lexer of its own.
   */
  @Test
  void aLexerStartedAgainHighlightsAsANewOne() throws Exception {
    List<String> snippets = new ArrayList<>();
    Pattern block = Pattern.compile("(?s)```java\\n(.*?)```");
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String folder : List.of("content", "exercises")) {
      try (Stream<Path> files = Files.walk(root.resolve(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          Matcher m = block.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            snippets.add(m.group(1));
            snippets.add("String s = \"\"\"\n never closed");
            snippets.add("/* never closed");
          }
        }
      }
    }
    assertThat(snippets).hasSizeGreaterThan(30);
    for (String snippet : snippets) {
      assertThat(Highlighter.highlight("java", snippet)).isEqualTo(onNewThread(snippet));
    }
  }

  /** The snippet highlighted on a new thread, whose lexer is new. */
  private static String onNewThread(String snippet) throws InterruptedException {
    AtomicReference<String> html = new AtomicReference<>();
    Thread thread = new Thread(() -> html.set(Highlighter.highlight("java", snippet)));
    thread.start();
    thread.join();
    return html.get();
  }
}
