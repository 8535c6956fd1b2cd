import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

final class Stack<T> {
  private final Deque<T> items = new ArrayDeque<>();

  void push(T item) {
    items.push(item);
  }

  T pop() {
    if (items.isEmpty()) {
      throw new NoSuchElementException("empty stack");
    }
    return items.pop();
  }

  T peek() {
    if (items.isEmpty()) {
      throw new NoSuchElementException("empty stack");
    }
    return items.peek();
  }

  int size() {
    return items.size();
  }

  boolean isEmpty() {
    return items.isEmpty();
  }
}
