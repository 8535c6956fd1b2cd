import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DiceTest {
  @RepeatedTest(3)
  void rollsStayWithinTheFaces() {
    Dice dice = new Dice(RandomGenerator.getDefault(), 6);
    for (int i = 0; i < 1000; i++) {
      assertThat(dice.roll()).isBetween(1, 6);
    }
  }

  @Test
  void everyFaceComesUpInSixThousandRolls() {
    int[] counts = new Dice(RandomGenerator.getDefault(), 6).rollMany(6000);
    assertThat(Arrays.stream(counts).sum()).isEqualTo(6000);
    assertThat(Arrays.stream(counts).min().getAsInt()).isGreaterThan(500);
  }

  @Test
  void aSeededGeneratorRepeatsItself() {
    RandomGeneratorFactory<RandomGenerator> factory = RandomGeneratorFactory.of("L64X128MixRandom");
    int[] first = new Dice(factory.create(42), 20).rollMany(100);
    int[] second = new Dice(factory.create(42), 20).rollMany(100);
    assertThat(first).hasSize(20).isEqualTo(second);
  }
}
