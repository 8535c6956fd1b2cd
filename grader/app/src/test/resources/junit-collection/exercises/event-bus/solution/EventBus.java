import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class EventBus {
  private final Map<String, List<Listener>> listeners = new HashMap<>();

  void subscribe(String topic, Listener listener) {
    listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
  }

  int publish(String topic, String message) {
    List<Listener> targets = listeners.getOrDefault(topic, List.of());
    for (Listener l : targets) {
      l.onEvent(topic, message);
    }
    return targets.size();
  }
}
