import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BinaryTreeTest {
  private BinaryTree tree;

  @BeforeEach
  void fill() {
    tree = new BinaryTree();
    for (int v : new int[] {5, 3, 8, 1, 4, 9, 3}) {
      tree.insert(v);
    }
  }

  @Test
  void containsInsertedValues() {
    assertThat(tree.contains(4)).isTrue();
    assertThat(tree.contains(9)).isTrue();
  }

  @Test
  void doesNotContainOthers() {
    assertThat(tree.contains(7)).isFalse();
  }

  @Test
  void inOrderIsSortedWithDuplicates() {
    assertThat(tree.inOrder()).containsExactly(1, 3, 3, 4, 5, 8, 9);
  }
}
