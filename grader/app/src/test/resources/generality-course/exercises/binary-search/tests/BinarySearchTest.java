import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BinarySearchTest {
  private final BinaryTree tree =
      new BinaryTree(4, new BinaryTree(2, null, null), new BinaryTree(6, null, null));

  @Test
  void findsAValueInTheTree() {
    assertThat(BinarySearch.contains(tree, 6)).isTrue();
  }

  @Test
  void doesNotFindAMissingValue() {
    assertThat(BinarySearch.contains(tree, 5)).isFalse();
  }
}
