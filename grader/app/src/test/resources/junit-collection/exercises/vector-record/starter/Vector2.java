record Vector2(int x, int y) {
  Vector2 plus(Vector2 other) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Vector2 scale(int factor) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  long lengthSquared() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
