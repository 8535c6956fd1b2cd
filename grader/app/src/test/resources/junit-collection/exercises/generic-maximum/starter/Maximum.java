import java.util.Comparator;
import java.util.List;

class Maximum {
  static <T extends Comparable<T>> T of(List<T> items) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static <T> T by(List<T> items, Comparator<T> order) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
