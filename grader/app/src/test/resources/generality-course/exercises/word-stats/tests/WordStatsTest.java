import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStatsTest {
  @Test
  void countsDistinctWordsIgnoringCase() {
    assertThat(WordStats.distinct("The cat and the hat")).isEqualTo(4);
  }
}
