import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class WordCount {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z0-9]+)?");

  Map<String, Integer> phrase(String input) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = WORD.matcher(input.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }
}
