import java.util.Collections;
import java.util.Comparator;
import java.util.List;

final class Maximum {
  private Maximum() {}

  static <T extends Comparable<? super T>> T of(List<? extends T> items) {
    return Collections.max(items);
  }

  static <T> T by(List<? extends T> items, Comparator<? super T> order) {
    return Collections.max(items, order);
  }
}
