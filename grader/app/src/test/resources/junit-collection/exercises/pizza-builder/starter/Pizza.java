import java.util.List;

class Pizza {
  static PizzaBuilder builder() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  int size() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  List<String> toppings() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  boolean cheese() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static class PizzaBuilder {
    PizzaBuilder size(int cm) {
      throw new UnsupportedOperationException("Delete this statement and implement the method");
    }

    PizzaBuilder topping(String topping) {
      throw new UnsupportedOperationException("Delete this statement and implement the method");
    }

    PizzaBuilder cheese(boolean cheese) {
      throw new UnsupportedOperationException("Delete this statement and implement the method");
    }

    Pizza build() {
      throw new UnsupportedOperationException("Delete this statement and implement the method");
    }
  }
}
