import java.util.Map;

class WordCount {
  Map<String, Integer> phrase(String input) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
