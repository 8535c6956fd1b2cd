import java.util.List;

class Inventory {
  void add(Item item) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  double totalValue() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  List<String> lowStock(int threshold) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
