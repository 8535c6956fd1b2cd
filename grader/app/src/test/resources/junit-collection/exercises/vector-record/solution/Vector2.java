record Vector2(int x, int y) {
  Vector2 plus(Vector2 other) {
    return new Vector2(x + other.x, y + other.y);
  }

  Vector2 scale(int factor) {
    return new Vector2(x * factor, y * factor);
  }

  long lengthSquared() {
    return (long) x * x + (long) y * y;
  }
}
