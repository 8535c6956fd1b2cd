import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {
  @Test
  void totalsCountTimesPrice() {
    assertThat(Inventory.total(List.of(new Item("pen", 3, 2), new Item("ink", 1, 5))))
        .isEqualTo(11);
  }
}
