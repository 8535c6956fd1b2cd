class Counter {
  Counter click() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Integer count() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  void reset() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
