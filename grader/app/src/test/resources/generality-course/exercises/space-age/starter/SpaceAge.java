public class SpaceAge {
  public SpaceAge(double seconds) {}

  public double getSeconds() {
    return 0;
  }

  public double onEarth() {
    return 0;
  }

  public double onMercury() {
    return 0;
  }
}
