class BinarySearch {
  static boolean contains(BinaryTree tree, int value) {
    if (tree == null) {
      return false;
    }
    if (value == tree.value) {
      return true;
    }
    return contains(value < tree.value ? tree.left : tree.right, value);
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
