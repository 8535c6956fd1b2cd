import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

final class WordList {
  private final List<String> words;

  private WordList(List<String> words) {
    this.words = words;
  }

  static WordList load() {
    try (InputStream in = WordList.class.getResourceAsStream("/words.txt")) {
      if (in == null) {
        throw new IllegalStateException("words.txt is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new WordList(reader.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String longest() {
    return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
  }

  List<String> startingWith(char letter) {
    return words.stream().filter(w -> w.charAt(0) == letter).toList();
  }
}
