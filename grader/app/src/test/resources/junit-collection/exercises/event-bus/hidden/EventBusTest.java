import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {
  @Test
  void listenersReceiveInSubscriptionOrder() {
    EventBus bus = new EventBus();
    List<String> seen = new ArrayList<>();
    bus.subscribe("news", (t, m) -> seen.add("first:" + m));
    bus.subscribe("news", (t, m) -> seen.add("second:" + m));
    assertThat(bus.publish("news", "hello")).isEqualTo(2);
    assertThat(seen).containsExactly("first:hello", "second:hello");
  }

  @Test
  void otherTopicsAreNotDelivered() {
    EventBus bus = new EventBus();
    List<String> seen = new ArrayList<>();
    bus.subscribe("sport", (t, m) -> seen.add(m));
    assertThat(bus.publish("news", "hello")).isZero();
    assertThat(seen).isEmpty();
  }
}
