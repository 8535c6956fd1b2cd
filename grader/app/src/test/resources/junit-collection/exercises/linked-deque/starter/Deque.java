class Deque {
  void pushFront(String value) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  void pushBack(String value) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  String popFront() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  String popBack() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  int size() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
