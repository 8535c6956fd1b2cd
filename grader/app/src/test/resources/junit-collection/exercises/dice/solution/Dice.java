import java.util.random.RandomGenerator;

final class Dice {
  private final RandomGenerator random;
  private final int sides;

  Dice(RandomGenerator random, int sides) {
    this.random = random;
    this.sides = sides;
  }

  int roll() {
    return random.nextInt(1, sides + 1);
  }

  int[] rollMany(int times) {
    int[] counts = new int[sides];
    for (int i = 0; i < times; i++) {
      counts[roll() - 1]++;
    }
    return counts;
  }
}
