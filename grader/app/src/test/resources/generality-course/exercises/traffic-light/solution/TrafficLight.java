enum TrafficLight {
  RED,
  GREEN,
  YELLOW;

  TrafficLight next() {
    return values()[(ordinal() + 1) % values().length];
  }
}
