import java.util.List;

class Anagram {
  Anagram(String word) {}

  List<String> match(List<String> candidates) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
