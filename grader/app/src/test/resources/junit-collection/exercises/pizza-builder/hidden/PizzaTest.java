import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PizzaTest {
  @Test
  void buildsWithToppingsInOrder() {
    Pizza pizza = Pizza.builder().size(30).topping("ham").topping("olives").build();
    assertThat(pizza.size()).isEqualTo(30);
    assertThat(pizza.toppings()).containsExactly("ham", "olives");
  }

  @Test
  void cheeseByDefault() {
    assertThat(Pizza.builder().size(25).build().cheese()).isTrue();
  }

  @Test
  void cheeseCanBeLeftOut() {
    assertThat(Pizza.builder().size(25).cheese(false).build().cheese()).isFalse();
  }

  @Test
  void sizeIsRequired() {
    assertThatThrownBy(() -> Pizza.builder().topping("ham").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
