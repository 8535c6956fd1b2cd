record Item(String name, int quantity, double price) {}
