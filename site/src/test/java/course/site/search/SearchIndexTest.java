package course.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static final String RAFT =
      "Raft keeps a replicated log. The leader sends AppendEntries RPCs to every follower; "
          + "a candidate sends RequestVote RPC messages.";

  /** A term's posting list decoded to decimals joined by commas. */
  private static String postings(String js, String term) {
    return terms(js).get(term);
  }

  /** The index's front-coded terms and their posting lists, decoded: term -> "n,n,n". */
  private static Map<String, String> terms(String js) {
    Matcher m = Pattern.compile("\"keys\":\"([^\"]*)\",\"lists\":\"([^\"]*)\"").matcher(js);
    assertThat(m.find()).as(js).isTrue();
    String[] keys = m.group(1).split(" ");
    String[] lists = m.group(2).split(" ");
    assertThat(lists).hasSameSizeAs(keys);
    Map<String, String> terms = new LinkedHashMap<>();
    String previous = "";
    for (int i = 0; i < keys.length; i++) {
      String term =
          previous.substring(0, SearchIndex.DIGITS.indexOf(keys[i].charAt(0)))
              + keys[i].substring(1);
      terms.put(term, decode(lists[i]));
      previous = term;
    }
    return terms;
  }

  @Test
  void termsAreStoredSortedWithSharedPrefixesWrittenOnce() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "A", "S", "election elections elected zebra");
    String js = index.toJavaScript();
    assertThat(js).contains("\"keys\":\"#elected (ion +s #zebra \"");
    assertThat(terms(js)).containsOnlyKeys("elected", "election", "elections", "zebra");
    assertThat(SearchIndex.sharedPrefix("election", "elections")).isEqualTo(8);
    assertThat(SearchIndex.sharedPrefix("x".repeat(60), "x".repeat(61))).isEqualTo(44);
    assertThat(SearchIndex.sharedPrefix("a\uD835\uDC00", "a\uD835\uDC01")).isEqualTo(1);
  }

  private static String decode(String list) {
    List<String> numbers = new ArrayList<>();
    long n = 0;
    for (char c : list.toCharArray()) {
      int d = SearchIndex.DIGITS.indexOf(c);
      assertThat(d).as("digit " + c).isNotNegative();
      n = n * 45 + d % 45;
      if (d < 45) {
        numbers.add(Long.toString(n));
        n = 0;
      }
    }
    return String.join(",", numbers);
  }

  @Test
  void numbersTakeOneCharacterBelow45AndTwoBelow2025() {
    StringBuilder sb = new StringBuilder();
    for (long n : new long[] {0, 44, 45, 2024, 2025, 1_000_000}) {
      SearchIndex.appendNumber(sb, n);
    }
    assertThat(decode(sb.toString())).isEqualTo("0,44,45,2024,2025,1000000");
    assertThat(sb).hasSize(1 + 1 + 2 + 2 + 3 + 4);
    assertThat(SearchIndex.DIGITS).hasSize(90).doesNotContain("<", "\\", "\"");
  }

  @Test
  void indexIsOneAssignmentToWindowCourseSearch() {
    SearchIndex index = new SearchIndex();
    index.add("lessons/raft/01-log.html", "The log", "Raft", RAFT);
    String js = index.toJavaScript();
    assertThat(js).startsWith("window.COURSE_SEARCH = {").endsWith("};\n");
    assertThat(js).contains("[\"lessons/raft/01-log.html\",\"The log\",\"Raft\",");
  }

  @Test
  void identifiersAreIndexedWholeAndByParts() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "A", "Raft", RAFT);
    index.add("b.html", "B", "Exercises", "int heightChecker(int[] heights) { heights[i] }");
    index.add("c.html", "C", "Kafka", "Set min.insync.replicas to 2.");
    String js = index.toJavaScript();
    // One number per page: gap from the previous page id * 32 + weight.
    assertThat(postings(js, "appendentries")).isEqualTo("1");
    assertThat(postings(js, "entries")).isEqualTo("1");
    assertThat(postings(js, "requestvote")).isEqualTo("1");
    assertThat(postings(js, "rpc")).isEqualTo("1");
    assertThat(postings(js, "heightchecker")).isEqualTo("33");
    assertThat(postings(js, "heights")).isEqualTo("34");
    assertThat(postings(js, "min.insync.replicas")).isEqualTo("65");
    assertThat(postings(js, "insync")).isEqualTo("65");
  }

  @Test
  void titleTermsWeighMoreThanBodyTerms() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "Leader election", "Raft", "The leader is elected.");
    index.add("b.html", "Logs", "Raft", "Only a leader appends.");
    assertThat(postings(index.toJavaScript(), "leader"))
        .isEqualTo((1 + SearchIndex.TITLE_WEIGHT) + ",33");
  }

  @Test
  void docIdsAreStoredAsGaps() {
    SearchIndex index = new SearchIndex();
    for (int i = 0; i < 5; i++) {
      index.add(i + ".html", "T", "S", i % 2 == 0 ? "quorum" : "other");
    }
    assertThat(postings(index.toJavaScript(), "quorum")).isEqualTo("1,65,65");
  }

  @Test
  void weightsAreCappedSoTheyFitFiveBits() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "raft raft raft", "S", "Raft, raft", "raft ".repeat(100));
    assertThat(postings(index.toJavaScript(), "raft")).isEqualTo("31");
  }

  @Test
  void aTermInAHeadingOutweighsOneTheBodyRepeats() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "A", "S", "timeouts", "timeouts " + "word ".repeat(50));
    index.add("b.html", "B", "S", "timeouts ".repeat(40));
    assertThat(postings(index.toJavaScript(), "timeouts"))
        .isEqualTo((SearchIndex.HEADING_WEIGHT + 1) + "," + (32 + SearchIndex.MAX_BODY_WEIGHT));
  }

  @Test
  void bodyUsesCountOnALogScale() {
    assertThat(SearchIndex.bodyWeight(1)).isEqualTo(1);
    assertThat(SearchIndex.bodyWeight(2)).isEqualTo(2);
    assertThat(SearchIndex.bodyWeight(4)).isEqualTo(3);
    assertThat(SearchIndex.bodyWeight(5)).isEqualTo(4);
    assertThat(SearchIndex.bodyWeight(1000)).isEqualTo(SearchIndex.MAX_BODY_WEIGHT);
  }

  @Test
  void stringsAreEscapedForJavaScript() {
    SearchIndex index = new SearchIndex();
    index.add("a.html", "Quotes \"and\" \\ slashes", "S", "a </script> b \u2028 c");
    String js = index.toJavaScript();
    assertThat(js).contains("Quotes \\\"and\\\" \\\\ slashes").doesNotContain("</script>");
    assertThat(js).doesNotContain("\u2028");
  }

  @Test
  void shortTextIsStoredWholeLongTextOnlyAsAnExcerptAroundRareTerms() {
    String filler = "word ".repeat(400);
    String text = "Intro sentence about logs. " + filler + "Here AppendEntries appears. " + filler;
    String excerpt = SearchIndex.excerpt(text, Map.of("word", 10, "appendentries", 1));
    assertThat(excerpt).startsWith("Intro sentence about logs.");
    assertThat(excerpt).contains("AppendEntries").contains("…");
    assertThat(excerpt.length()).isLessThan(SearchIndex.EXCERPT_BUDGET + 200);
    assertThat(SearchIndex.excerpt("Short text.", Map.of())).isEqualTo("Short text.");
  }

  @Test
  void excerptPrefersIdentifiersAmongEquallyRareTerms() {
    String filler = "word ".repeat(400);
    String text =
        "Intro. " + filler + "alpha beta gamma delta " + filler + "heightChecker " + filler;
    Map<String, Integer> df = Map.of("word", 9);
    assertThat(SearchIndex.excerpt(text, df)).contains("heightChecker");
  }

  @Test
  void indexIsMuchSmallerThanRepetitiveText() {
    SearchIndex index = new SearchIndex();
    for (int i = 0; i < 50; i++) {
      index.add("l" + i + ".html", "Lesson " + i, "Raft", (RAFT + " ").repeat(30));
    }
    assertThat((long) index.toJavaScript().length()).isLessThan(index.textLength() / 2);
  }

  @Test
  void sameInputGivesTheSameOutput() {
    SearchIndex a = new SearchIndex();
    SearchIndex b = new SearchIndex();
    a.add("a.html", "A", "S", RAFT);
    b.add("a.html", "A", "S", RAFT);
    assertThat(a.toJavaScript()).isEqualTo(b.toJavaScript());
  }

  @Test
  void pagesAnalysedOnManyThreadsInAnyOrderGiveTheFileOfPagesAddedOneByOne() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(
          RAFT
              + " page"
              + i
              + " term"
              + (i % 7)
              + " AppendEntries"
              + (i % 3 == 0 ? " KIP-500 min.insync.replicas" : "")
              + " tail".repeat(i % 5)
              + " rare"
              + i * 31
              + " words for an excerpt longer than the budget of characters".repeat(i % 2 * 9));
    }
    SearchIndex oneByOne = new SearchIndex();
    for (int i = 0; i < texts.size(); i++) {
      oneByOne.add("p" + i + ".html", "Page " + i, "Part", "Heading " + i, texts.get(i));
    }
    SearchIndex.Dictionary dictionary = new SearchIndex.Dictionary();
    // A page analysed and then left out (the preview's earlier version of a page): its terms are
    // numbered but not in the file.
    dictionary.analyse("Gone", "", "vanishedterm only here");
    List<Integer> order = new ArrayList<>();
    for (int i = texts.size() - 1; i >= 0; i--) {
      order.add(i);
    }
    SearchIndex.Terms[] analysed = new SearchIndex.Terms[texts.size()];
    order.parallelStream()
        .forEach(i -> analysed[i] = dictionary.analyse("Page " + i, "Heading " + i, texts.get(i)));
    SearchIndex parallel = new SearchIndex(dictionary);
    for (int i = 0; i < texts.size(); i++) {
      parallel.add("p" + i + ".html", "Page " + i, "Part", analysed[i]);
    }
    String js = parallel.toJavaScript();
    assertThat(js).isEqualTo(oneByOne.toJavaScript());
    assertThat(terms(js))
        .containsKeys("kip-500", "appendentries", "rare31", "page299")
        .doesNotContainKey("vanishedterm");
  }
}
