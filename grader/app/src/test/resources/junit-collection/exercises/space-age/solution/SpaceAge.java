class SpaceAge {
  private static final double EARTH_YEAR_SECONDS = 31_557_600;
  private final double earthYears;

  SpaceAge(double seconds) {
    this.earthYears = seconds / EARTH_YEAR_SECONDS;
  }

  double onEarth() {
    return earthYears;
  }

  double onMercury() {
    return earthYears / 0.2408467;
  }

  double onMars() {
    return earthYears / 1.8808158;
  }
}
