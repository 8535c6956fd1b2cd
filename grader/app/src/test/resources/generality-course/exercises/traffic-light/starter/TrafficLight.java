enum TrafficLight {
  RED,
  GREEN,
  YELLOW;

  TrafficLight next() {
    return this;
  }
}
