record Item(String name, int quantity, double price) {
  Item {
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity must not be negative");
    }
  }
}
