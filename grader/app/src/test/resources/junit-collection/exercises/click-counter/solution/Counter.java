final class Counter {
  private int clicks;

  Counter click() {
    clicks++;
    return this;
  }

  int count() {
    return clicks;
  }

  void reset() {
    clicks = 0;
  }
}
