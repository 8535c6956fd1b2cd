import java.util.random.RandomGenerator;

class Dice {
  Dice(RandomGenerator random, int sides) {}

  int roll() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  int[] rollMany(int times) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
