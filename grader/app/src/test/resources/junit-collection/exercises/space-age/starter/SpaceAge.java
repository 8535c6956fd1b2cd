class SpaceAge {
  SpaceAge(double seconds) {}

  double getSeconds() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  double onEarth() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  double onMercury() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  double onMars() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
