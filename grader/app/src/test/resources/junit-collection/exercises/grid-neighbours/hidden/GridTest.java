import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import org.junit.jupiter.api.Test;

class GridTest {
  private final Grid grid = new Grid(3, 3);

  @Test
  void aMiddleCellHasFourNeighbours() {
    assertThat(grid.neighbours(new Point(1, 1)))
        .containsExactlyInAnyOrder(new Point(0, 1), new Point(2, 1), new Point(1, 0), new Point(1, 2));
  }

  @Test
  void aCornerHasTwo() {
    assertThat(grid.neighbours(new Point(0, 0)))
        .containsExactlyInAnyOrder(new Point(1, 0), new Point(0, 1));
  }

  @Test
  void manhattanDistance() {
    assertThat(Grid.manhattan(new Point(0, 0), new Point(2, -3))).isEqualTo(5);
  }
}
