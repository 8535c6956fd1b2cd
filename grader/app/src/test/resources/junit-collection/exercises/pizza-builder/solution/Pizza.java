import java.util.ArrayList;
import java.util.List;

final class Pizza {
  private final int size;
  private final List<String> toppings;
  private final boolean cheese;

  private Pizza(Builder b) {
    this.size = b.size;
    this.toppings = List.copyOf(b.toppings);
    this.cheese = b.cheese;
  }

  static Builder builder() {
    return new Builder();
  }

  int size() {
    return size;
  }

  List<String> toppings() {
    return toppings;
  }

  boolean cheese() {
    return cheese;
  }

  static final class Builder {
    private int size;
    private final List<String> toppings = new ArrayList<>();
    private boolean cheese = true;

    Builder size(int cm) {
      this.size = cm;
      return this;
    }

    Builder topping(String topping) {
      toppings.add(topping);
      return this;
    }

    Builder cheese(boolean cheese) {
      this.cheese = cheese;
      return this;
    }

    Pizza build() {
      if (size <= 0) {
        throw new IllegalStateException("a pizza needs a size");
      }
      return new Pizza(this);
    }
  }
}
