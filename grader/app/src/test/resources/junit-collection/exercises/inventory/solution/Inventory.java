import java.util.ArrayList;
import java.util.List;

final class Inventory {
  private final List<Item> items = new ArrayList<>();

  void add(Item item) {
    items.add(item);
  }

  double totalValue() {
    return items.stream().mapToDouble(i -> i.quantity() * i.price()).sum();
  }

  List<String> lowStock(int threshold) {
    return items.stream()
        .filter(i -> i.quantity() < threshold)
        .map(Item::name)
        .sorted()
        .toList();
  }
}
