package course.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class SpacesTest {
  @Test
  void theRegularExpressionsResultForTextsWithAndWithoutRunsOfSpace() {
    for (String text :
        List.of(
            "plain text already",
            " leading",
            "trailing ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "\r\n\f\u000b mixed \t ",
            "",
            " ",
            "no\u00a0break space\u2003em",
            "\u2003em-space ends\u2003")) {
      assertThat(Spaces.single(text)).as(text).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void theRegularExpressionsResultForRandomTexts() {
    String alphabet = " \t\n\u000b\f\r\u2003\u00a0\u001ca\u00e9.";
    Random random = new Random(20261206);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(Spaces.single(t)).as("%s", t).isEqualTo(t.replaceAll("\\s+", " ").strip());
    }
  }
}
