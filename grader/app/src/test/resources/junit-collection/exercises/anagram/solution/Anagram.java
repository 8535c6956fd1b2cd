import java.util.Arrays;
import java.util.List;
import java.util.Locale;

final class Anagram {
  private final String lower;
  private final String key;

  Anagram(String word) {
    this.lower = word.toLowerCase(Locale.ROOT);
    this.key = sorted(lower);
  }

  List<String> match(List<String> candidates) {
    return candidates.stream()
        .filter(
            c -> {
              String l = c.toLowerCase(Locale.ROOT);
              return !l.equals(lower) && sorted(l).equals(key);
            })
        .toList();
  }

  private static String sorted(String s) {
    char[] chars = s.toCharArray();
    Arrays.sort(chars);
    return new String(chars);
  }
}
