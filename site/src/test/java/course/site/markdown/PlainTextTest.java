package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class PlainTextTest {
  @Test
  void singleSpacedIsWhatTheRegularExpressionGave() {
    String alphabet = " \t\n\u000b\f\r\u2003\u00a0\u001ca\u00e9.";
    Random random = new Random(20261206);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(PlainText.singleSpaced(t))
          .as("%s", t)
          .isEqualTo(t.replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void aDocumentsTextHasItsBlocksAndLinesSeparatedBySingleSpaces() {
    String text =
        PlainText.of(
            new Markdown()
                .parse("# Title\n\nA line\nand  the next.\n\n```java\nint x;\n\n```\n\n- item"));
    assertThat(text).isEqualTo("Title A line and the next. int x; item");
  }
}
