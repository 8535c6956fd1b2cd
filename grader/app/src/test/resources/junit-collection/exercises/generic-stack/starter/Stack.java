class Stack<T> {
  void push(T item) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  T pop() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  T peek() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  int size() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  boolean isEmpty() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
