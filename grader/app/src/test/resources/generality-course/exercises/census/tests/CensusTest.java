import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CensusTest {
  @Test
  void addsUpThePopulationsOfTheShippedFile() {
    assertThat(Census.total()).isEqualTo(2045);
  }
}
