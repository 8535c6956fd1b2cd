import java.util.ArrayList;
import java.util.List;

class BinaryTree {
  private Node root;

  void insert(int value) {
    root = insert(root, value);
  }

  private static Node insert(Node node, int value) {
    if (node == null) {
      return new Node(value);
    }
    if (value <= node.value) {
      node.left = insert(node.left, value);
    } else {
      node.right = insert(node.right, value);
    }
    return node;
  }

  boolean contains(int value) {
    Node node = root;
    while (node != null) {
      if (value == node.value) {
        return true;
      }
      node = value < node.value ? node.left : node.right;
    }
    return false;
  }

  List<Integer> inOrder() {
    List<Integer> out = new ArrayList<>();
    walk(root, out);
    return out;
  }

  private static void walk(Node node, List<Integer> out) {
    if (node != null) {
      walk(node.left, out);
      out.add(node.value);
      walk(node.right, out);
    }
  }
}
