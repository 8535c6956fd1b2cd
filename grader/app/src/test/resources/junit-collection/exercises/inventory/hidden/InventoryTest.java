import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryTest {
  private final Inventory inventory = new Inventory();

  @BeforeEach
  void stock() {
    inventory.add(new Item("screws", 500, 0.02));
    inventory.add(new Item("hammer", 2, 12.5));
    inventory.add(new Item("drill", 1, 80));
  }

  @Test
  void totalValue() {
    assertThat(inventory.totalValue()).isCloseTo(115.0, within(1e-9));
  }

  @Test
  void lowStockIsSortedByName() {
    assertThat(inventory.lowStock(3)).containsExactly("drill", "hammer");
  }

  @Test
  void negativeQuantityIsRejected() {
    assertThatThrownBy(() -> new Item("nails", -1, 0.01))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
