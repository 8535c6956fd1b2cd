import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

class Counter {
  private final Set<String> words = new HashSet<>();

  Counter(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
  }

  int distinct() {
    return words.size();
  }
}
