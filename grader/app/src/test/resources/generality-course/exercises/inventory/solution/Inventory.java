import java.util.List;

class Inventory {
  static int total(List<Item> items) {
    return items.stream().mapToInt(i -> i.count() * i.price()).sum();
  }
}
