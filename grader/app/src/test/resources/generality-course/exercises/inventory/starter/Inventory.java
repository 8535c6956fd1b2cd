import java.util.List;

class Inventory {
  static int total(List<Item> items) {
    return 0;
  }
}
