class BinarySearch {
  static boolean contains(BinaryTree tree, int value) {
    return false;
  }
}

class BinaryTree {
  final int value;
  final BinaryTree left;
  final BinaryTree right;

  BinaryTree(int value, BinaryTree left, BinaryTree right) {
    this.value = value;
    this.left = left;
    this.right = right;
  }
}
