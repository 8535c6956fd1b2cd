import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterTest {
  @Test
  void startsAtZero() {
    assertThat(new Counter().count()).isEqualTo(0);
  }

  @Test
  void clicksChain() {
    assertThat(new Counter().click().click().click().count()).isEqualTo(3);
  }

  @Test
  void resetStartsAgain() {
    Counter counter = new Counter().click().click();
    counter.reset();
    assertThat(counter.click().count()).isEqualTo(1);
  }
}
