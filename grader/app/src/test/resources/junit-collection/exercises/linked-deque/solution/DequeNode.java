final class DequeNode {
  final String value;
  DequeNode prev;
  DequeNode next;

  DequeNode(String value) {
    this.value = value;
  }
}
