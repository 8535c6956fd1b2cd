import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class WordCountTest {
  private final WordCount wordCount = new WordCount();

  @Test
  void countsRepeatedWords() {
    assertThat(wordCount.phrase("one fish two fish red fish blue fish"))
        .containsEntry("fish", 4)
        .containsEntry("one", 1)
        .hasSize(5);
  }

  @Test
  void ignoresCaseAndPunctuation() {
    assertThat(wordCount.phrase("Go, go: GO!")).containsExactly(entry("go", 3));
  }

  @Test
  void keepsApostrophes() {
    assertThat(wordCount.phrase("'Don't stop,' she said. 'Don't.'"))
        .containsEntry("don't", 2)
        .containsEntry("stop", 1);
  }
}
