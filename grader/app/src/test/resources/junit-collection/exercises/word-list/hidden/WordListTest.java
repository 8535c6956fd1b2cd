import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordListTest {
  @Test
  void longestWordOfTheFile() {
    assertThat(WordList.load().longest()).isEqualTo("strawberry");
  }

  @Test
  void wordsStartingWithALetterInFileOrder() {
    assertThat(WordList.load().startingWith('b')).containsExactly("banana", "blueberry");
  }
}
