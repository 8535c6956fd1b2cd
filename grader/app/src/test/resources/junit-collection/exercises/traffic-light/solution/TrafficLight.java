enum TrafficLight {
  RED {
    @Override
    TrafficLight next() {
      return GREEN;
    }
  },
  GREEN {
    @Override
    TrafficLight next() {
      return YELLOW;
    }
  },
  YELLOW {
    @Override
    TrafficLight next() {
      return RED;
    }
  };

  abstract TrafficLight next();

  int seconds() {
    switch (this) {
      case RED:
        return 30;
      case GREEN:
        return 25;
      default:
        return 5;
    }
  }
}
