package course.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.Spaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page's analysis ({@link SearchIndex.Dictionary#analyse}, a table per thread looked up by the
 * word's characters) held against the plain one it replaced, kept here as the reference: a map of
 * term strings in order of first use, with the title's and headings' weights merged in. The same
 * terms, weights, first uses and identifiers for every Markdown file of the real course and for
 * random texts of words, identifiers, stop words, repeats and non-ASCII letters, analysed one after
 * another by one dictionary (the table carries over from page to page).
 */
final class AnalysisTest {
  @Test
  void everyFileOfTheRealCourseIsAnalysedAsByTheReference() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("content"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(texts).hasSizeGreaterThan(20);
    SearchIndex.Dictionary dictionary = new SearchIndex.Dictionary();
    for (String text : texts) {
      String title = text.lines().skip(1).findFirst().orElse("");
      String headings = String.join(" ", text.lines().filter(l -> l.startsWith("#")).toList());
      assertSame(dictionary, title, headings, text);
    }
  }

  @Test
  void randomTextsAreAnalysedAsByTheReference() {
    String[] words = {
      "the",
      "a",
      "of",
      "log",
      "logs",
      "leader",
      "AppendEntries",
      "appendEntries",
      "heights[i]",
      "min.insync.replicas",
      "KIP-500",
      "kip-500",
      "__proto__",
      "snake_case_name",
      "x",
      "7",
      "élection",
      "ÉLECTION",
      "naïve",
      "Raft's",
      "HTTPServer",
      "io.x",
      "a-b",
      "ab",
      "--",
      "term2Vote",
      "日本語",
      "𝒜lpha",
      "under_",
      "_lead",
      "v1.2.3",
      "Ab",
      "AB",
      "ab12"
    };
    Random random = new Random(20261206);
    SearchIndex.Dictionary dictionary = new SearchIndex.Dictionary();
    for (int page = 0; page < 400; page++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        text.append(words[random.nextInt(words.length)]);
        text.append(random.nextInt(8) == 0 ? ". " : random.nextInt(9) == 0 ? "\n" : " ");
      }
      String title =
          words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
      String headings =
          random.nextBoolean() ? "" : title + " " + words[random.nextInt(words.length)];
      assertSame(dictionary, title, headings, text.toString());
    }
  }

  private static void assertSame(
      SearchIndex.Dictionary dictionary, String title, String headings, String text) {
    SearchIndex.Terms terms = dictionary.analyse(title, headings, Spaces.single(text));
    assertThat(terms.describe(dictionary))
        .as("title %s, headings %s, text %s", title, headings, text)
        .isEqualTo(reference(title, headings, Spaces.single(text)));
  }

  /** The analysis as it was: term strings in maps, weights merged into a map. */
  private static List<String> reference(String title, String headings, String text) {
    Map<String, int[]> uses = new LinkedHashMap<>(); // term -> {count, first}
    Set<String> identifiers = new HashSet<>();
    // Words as the tokenizer documents them, found here by a regular expression.
    java.util.regex.Matcher word =
        java.util.regex.Pattern.compile(
                "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[.-](?=[\\p{L}\\p{N}_]))*")
            .matcher(text);
    while (word.find()) {
      int start = word.start();
      int end = word.end();
      if (text.substring(start, end)
          .chars()
          .allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        if (end - start > 1) {
          String term = text.substring(start, end);
          if (!Tokenizer.STOP_WORDS.contains(term)) {
            use(uses, term, start);
          }
        }
        continue;
      }
      List<String> terms = Tokenizer.terms(text.substring(start, end));
      for (String term : terms) {
        use(uses, term, start);
      }
      if (terms.size() > 1) {
        identifiers.add(terms.get(0));
      }
    }
    Map<String, Integer> w = new HashMap<>();
    uses.forEach((term, use) -> w.put(term, SearchIndex.bodyWeight(use[0])));
    for (String term : new HashSet<>(Tokenizer.tokens(headings))) {
      w.merge(term, SearchIndex.HEADING_WEIGHT, Integer::sum);
    }
    for (String term : new HashSet<>(Tokenizer.tokens(title))) {
      w.merge(term, SearchIndex.TITLE_WEIGHT, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    uses.forEach(
        (term, use) ->
            out.add(
                term
                    + " "
                    + w.remove(term)
                    + " "
                    + use[1]
                    + (identifiers.contains(term) ? " *" : "")));
    List<String> rest = new ArrayList<>();
    w.forEach((term, weight) -> rest.add(term + " " + weight));
    rest.sort(null);
    out.addAll(rest);
    return out;
  }

  private static void use(Map<String, int[]> uses, String term, int at) {
    int[] use = uses.get(term);
    if (use == null) {
      uses.put(term, new int[] {1, at});
    } else {
      use[0]++;
    }
  }
}
