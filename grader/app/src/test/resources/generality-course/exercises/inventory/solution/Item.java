record Item(String name, int count, int price) {}
