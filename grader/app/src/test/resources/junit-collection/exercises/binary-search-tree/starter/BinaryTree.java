import java.util.List;

class BinaryTree {
  void insert(int value) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  boolean contains(int value) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  List<Integer> inOrder() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
