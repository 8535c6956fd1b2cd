import java.util.Arrays;
import java.util.List;
import java.util.Locale;

final class Formatter {
  private Formatter() {}

  static String show(int value) {
    return "[" + value + "]";
  }

  static String show(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String show(String value) {
    return '"' + value + '"';
  }

  static String show(int... values) {
    return Arrays.toString(values);
  }

  static String show(List<?> values) {
    return values.size() + (values.size() == 1 ? " item" : " items");
  }
}
