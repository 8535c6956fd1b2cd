package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class JsonTextTest {
  @Test
  void quotesBackslashesControlsAndScriptEndingsAreEscaped() {
    assertThat(JsonText.string(new StringBuilder(), "a\"b\\c\nd</script>\u2028\u0001é"))
        .hasToString("\"a\\\"b\\\\c\\nd\\u003c/script>\\u2028\\u0001é\"");
  }

  /** The same text as the escaping one character at a time it replaced, for random strings. */
  @Test
  void runsCopiedWholeGiveWhatEscapingEachCharacterGave() {
    String alphabet = "ab <>\"\\\n\r\t\u0000\u001f\u2028\u2029é日\uD83D\uDE00/";
    Random random = new Random(20261206);
    for (int round = 0; round < 2000; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(JsonText.string(new StringBuilder("x"), text).toString())
          .isEqualTo("x" + reference(text));
    }
  }

  private static String reference(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
