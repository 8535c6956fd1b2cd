package course.site.markdown;

import java.util.LinkedHashMap;
import java.util.Map;

/** HTML attributes in the order written, so the output is byte-for-byte stable. */
final class Attrs {
  private Attrs() {}

  static Map<String, String> of(String... namesAndValues) {
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attrs.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return attrs;
  }
}
