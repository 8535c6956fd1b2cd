import java.util.Arrays;
import java.util.Comparator;

enum Planet {
  MERCURY(3.7),
  EARTH(9.81),
  JUPITER(24.79);

  private final double gravity;

  Planet(double gravity) {
    this.gravity = gravity;
  }

  double weight(double massKg) {
    return massKg * gravity;
  }

  static Planet heaviest() {
    return Arrays.stream(values()).max(Comparator.comparingDouble(p -> p.gravity)).orElseThrow();
  }
}
