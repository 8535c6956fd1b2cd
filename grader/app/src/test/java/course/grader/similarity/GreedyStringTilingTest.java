package course.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyStringTilingTest {
  private static List<GreedyStringTiling.Tile> tiles(
      int[] a, boolean[] aMarked, int[] b, boolean[] bMarked, int minMatch) {
    return GreedyStringTiling.tiles(
        a,
        aMarked,
        GreedyStringTiling.windowHashes(a, minMatch),
        b,
        bMarked,
        GreedyStringTiling.index(b, minMatch),
        minMatch);
  }

  private static List<GreedyStringTiling.Tile> tiles(int[] a, int[] b, int minMatch) {
    return tiles(a, new boolean[a.length], b, new boolean[b.length], minMatch);
  }

  @Test
  void blocksMovedToAnotherPlaceAreStillFound() {
    int[] a = {1, 2, 3, 4, 9, 5, 6, 7, 8};
    int[] b = {5, 6, 7, 8, 0, 1, 2, 3, 4};
    assertThat(tiles(a, b, 3))
        .containsExactlyInAnyOrder(
            new GreedyStringTiling.Tile(0, 5, 4), new GreedyStringTiling.Tile(5, 0, 4));
  }

  @Test
  void runsShorterThanTheMinimumMatchAreNotTiles() {
    int[] a = {1, 2, 3, 9, 4, 5, 6};
    int[] b = {1, 2, 3, 8, 4, 5, 6};
    assertThat(tiles(a, b, 4)).isEmpty();
    assertThat(tiles(a, b, 3)).hasSize(2);
  }

  @Test
  void theLongestMatchWinsAndEveryTokenIsInOneTileAtMost() {
    int[] a = {1, 2, 3, 4, 5, 6};
    int[] b = {1, 2, 3, 1, 2, 3, 4, 5, 6};
    assertThat(tiles(a, b, 3)).containsExactly(new GreedyStringTiling.Tile(0, 3, 6));
  }

  @Test
  void markedTokensNeverMatch() {
    int[] a = {1, 2, 3, 4, 5, 6};
    int[] b = {1, 2, 3, 4, 5, 6};
    boolean[] aMarked = new boolean[6];
    aMarked[2] = true;
    assertThat(tiles(a, aMarked, b, new boolean[6], 3))
        .containsExactly(new GreedyStringTiling.Tile(3, 3, 3));
  }
}
