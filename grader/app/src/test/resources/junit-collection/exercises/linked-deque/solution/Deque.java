import java.util.NoSuchElementException;

final class Deque {
  private DequeNode head;
  private DequeNode tail;
  private int size;

  void pushFront(String value) {
    DequeNode node = new DequeNode(value);
    node.next = head;
    if (head != null) {
      head.prev = node;
    } else {
      tail = node;
    }
    head = node;
    size++;
  }

  void pushBack(String value) {
    DequeNode node = new DequeNode(value);
    node.prev = tail;
    if (tail != null) {
      tail.next = node;
    } else {
      head = node;
    }
    tail = node;
    size++;
  }

  String popFront() {
    if (head == null) {
      throw new NoSuchElementException("empty");
    }
    DequeNode node = head;
    head = node.next;
    if (head == null) {
      tail = null;
    } else {
      head.prev = null;
    }
    size--;
    return node.value;
  }

  String popBack() {
    if (tail == null) {
      throw new NoSuchElementException("empty");
    }
    DequeNode node = tail;
    tail = node.prev;
    if (tail == null) {
      head = null;
    } else {
      tail.next = null;
    }
    size--;
    return node.value;
  }

  int size() {
    return size;
  }
}
