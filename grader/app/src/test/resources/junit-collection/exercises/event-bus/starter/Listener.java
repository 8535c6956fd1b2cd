@FunctionalInterface
interface Listener {
  void onEvent(String topic, String message);
}
