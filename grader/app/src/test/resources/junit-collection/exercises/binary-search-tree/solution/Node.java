class Node {
  final int value;
  Node left;
  Node right;

  Node(int value) {
    this.value = value;
  }
}
