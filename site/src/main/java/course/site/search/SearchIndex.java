package course.site.search;

import course.site.JsonText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The site's search index, built once per site build and written as {@code assets/search-index.js}
 * ({@code window.COURSE_SEARCH = {...};}) so a plain {@code <script>} loads it from {@code file://}
 * where fetch, modules and workers are blocked.
 *
 * <p>Compact by design: one posting list per term, one number per page holding the term ({@code gap
 * * 32 + weight}, where gap is the page's id minus the previous one's and weight is at most {@value
 * #MAX_WEIGHT}), and per page only a short stored excerpt made of the passages around the first use
 * of its rarest terms, never the whole text. The terms are front-coded (see {@link #toJavaScript}).
 * A posting list is a string of base-45 digits, most significant first, each number ending on a
 * digit from the first half of {@link #DIGITS} and its other digits from the second half: most
 * numbers take one or two characters, against three or four for decimals and commas, so the index
 * stays well under a third of the Markdown.
 *
 * <p>A weight says where the term stands: {@value #TITLE_WEIGHT} when in the title, {@value
 * #HEADING_WEIGHT} when in a heading, plus how often the body uses it on a log scale (1 for once up
 * to {@value #MAX_BODY_WEIGHT}). So a page named after the term, or with a section about it, ranks
 * above a page that only says it often. Not thread-safe; one instance per build.
 */
public final class SearchIndex {
  static final int TITLE_WEIGHT = 16;
  static final int HEADING_WEIGHT = 8;
  static final int MAX_BODY_WEIGHT = 7;
  static final int MAX_WEIGHT = TITLE_WEIGHT + HEADING_WEIGHT + MAX_BODY_WEIGHT;

  /**
   * The digits of a posting list: printable ASCII that needs no escape in a JSON string and cannot
   * form {@code </script>}: {@code #} to {@code ~} without {@code <} and backslash (90 of them).
   */
  static final String DIGITS = digits();

  private static final int BASE = 45;

  private static String digits() {
    StringBuilder sb = new StringBuilder();
    for (char c = '#'; c <= '~'; c++) {
      if (c != '<' && c != '\\') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Appends {@code n} (not negative) to a posting list. */
  static void appendNumber(StringBuilder list, long n) {
    int start = list.length();
    list.append(DIGITS.charAt((int) (n % BASE)));
    for (long rest = n / BASE; rest > 0; rest /= BASE) {
      list.insert(start, DIGITS.charAt(BASE + (int) (rest % BASE)));
    }
  }

  /** Characters of excerpt stored per page (before the ellipses joining passages). */
  static final int EXCERPT_BUDGET = 360;

  private static final int BEFORE = 30;
  private static final int AFTER = 90;

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final List<Page> pages = new ArrayList<>();

  /**
   * {@code text} with its runs of white space made single spaces, stripped. A page's plain text
   * comes that way already, so it is checked first and the regular expression runs only when
   * needed.
   */
  static String singleSpaced(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain =
          c == ' '
              ? i > 0 && text.charAt(i - 1) != ' '
              : c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r';
    }
    return plain ? text.strip() : SPACES.matcher(text).replaceAll(" ").strip();
  }

  private record Page(String url, String title, String section, String headings, String text) {
    Page normalized() {
      return new Page(url, title, section, headings, singleSpaced(text));
    }
  }

  /**
   * Adds one page.
   *
   * @param url relative to the site root, may carry {@code #anchor}
   * @param title the page (lesson or exercise) title
   * @param section the part title, or "Exercises"
   * @param text the plain text of the page, code included
   */
  public void add(String url, String title, String section, String text) {
    add(url, title, section, "", text);
  }

  /**
   * Adds one page whose headings weigh more than its body.
   *
   * @param headings the text of the page's headings (they are in {@code text} as well)
   */
  public void add(String url, String title, String section, String headings, String text) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(headings, "headings");
    Objects.requireNonNull(text, "text");
    // The text's runs of white space become single spaces in toJavaScript, on every core.
    pages.add(new Page(url, title, section, headings, text));
  }

  /** 1 for one use, 2 for two, 3 for up to 4, 4 for up to 8 and so on, at most the maximum. */
  static int bodyWeight(int uses) {
    return Math.min(MAX_BODY_WEIGHT, 32 - Integer.numberOfLeadingZeros(uses - 1) + 1);
  }

  /** Number of pages added. */
  public int size() {
    return pages.size();
  }

  /** Characters of page text added (titles included), to compare with the index size. */
  public long textLength() {
    return pages.stream()
        .map(Page::normalized)
        .mapToLong(p -> p.title().length() + p.text().length())
        .sum();
  }

  /** The contents of {@code assets/search-index.js}. */
  public String toJavaScript() {
    // Each page's terms and weights on every core; their document frequencies in page order.
    List<Page> normalized = pages.parallelStream().map(Page::normalized).toList();
    // The body is read once per page, for both its weights and its excerpt's first uses.
    List<Words> words = normalized.parallelStream().map(p -> Words.of(p.text())).toList();
    List<Map<String, Integer>> weights =
        IntStream.range(0, normalized.size())
            .parallel()
            .mapToObj(i -> weights(normalized.get(i), words.get(i)))
            .toList();
    // One hash look-up per term and page; the terms are sorted once at the end (a sorted map
    // compared strings on every look-up), so the output is the same for the same input. A term's
    // posting count is its document frequency, which the excerpts need.
    Map<String, Posting> postings = new HashMap<>();
    for (int doc = 0; doc < weights.size(); doc++) {
      for (Map.Entry<String, Integer> e : weights.get(doc).entrySet()) {
        Posting posting = postings.get(e.getKey());
        if (posting == null) {
          posting = new Posting();
          postings.put(e.getKey(), posting);
        }
        int gap = doc - posting.lastDoc;
        posting.lastDoc = doc;
        posting.pages++;
        appendNumber(
            posting.list, (long) gap * (MAX_WEIGHT + 1) + Math.min(MAX_WEIGHT, e.getValue()));
      }
    }
    ToIntFunction<String> documentFrequency =
        term -> {
          Posting posting = postings.get(term);
          return posting == null ? 0 : posting.pages;
        };
    List<String> excerpts =
        IntStream.range(0, normalized.size())
            .parallel()
            .mapToObj(i -> excerpt(normalized.get(i).text(), words.get(i), documentFrequency))
            .toList();
    List<String> sortedTerms = new ArrayList<>(postings.keySet());
    java.util.Collections.sort(sortedTerms);

    StringBuilder js = new StringBuilder("window.COURSE_SEARCH = {\"v\":2,\"docs\":[");
    for (int i = 0; i < normalized.size(); i++) {
      Page p = normalized.get(i);
      js.append(i == 0 ? "" : ",").append('[');
      JsonText.string(js, p.url()).append(',');
      JsonText.string(js, p.title()).append(',');
      JsonText.string(js, p.section()).append(',');
      JsonText.string(js, excerpts.get(i)).append(']');
    }
    // Terms in sorted order, each written as the length of the prefix it shares with the one
    // before (one digit) and the rest, ending with a space; their posting lists in the same order,
    // each ending with a space. Two strings instead of a JSON object: no quotes per term, and the
    // shared prefixes of sorted terms are written once.
    StringBuilder keys = new StringBuilder();
    StringBuilder lists = new StringBuilder();
    String previous = "";
    for (String term : sortedTerms) {
      int shared = sharedPrefix(previous, term);
      keys.append(DIGITS.charAt(shared)).append(term, shared, term.length()).append(' ');
      lists.append(postings.get(term).list).append(' ');
      previous = term;
    }
    js.append("],\"keys\":");
    JsonText.string(js, keys.toString()).append(",\"lists\":");
    JsonText.string(js, lists.toString());
    return js.append("};\n").toString();
  }

  /** A term's posting list as written so far, and the last page added to it. */
  private static final class Posting {
    private final StringBuilder list = new StringBuilder();
    private int lastDoc;
    private int pages;
  }

  /**
   * One pass over a page's text: how often each term is used, where it is first used, and which
   * terms are the first of a word with several (code identifiers).
   */
  private record Words(Map<String, Use> uses, Set<String> identifiers) {
    static Words of(String text) {
      // In first-use order, which the excerpt's ties keep.
      Map<String, Use> uses = new LinkedHashMap<>();
      Set<String> identifiers = new HashSet<>();
      Tokenizer.forEachWord(
          text,
          (start, end) -> {
            if (Tokenizer.isPlain(text, start, end)) {
              // Most words: lowercase letters and digits, indexed under themselves alone.
              if (end - start > 1) {
                String term = text.substring(start, end);
                if (!Tokenizer.STOP_WORDS.contains(term)) {
                  use(uses, term, start);
                }
              }
              return;
            }
            List<String> terms = Tokenizer.terms(text.substring(start, end));
            for (String term : terms) {
              use(uses, term, start);
            }
            if (terms.size() > 1) {
              identifiers.add(terms.get(0));
            }
          });
      return new Words(uses, identifiers);
    }

    private static void use(Map<String, Use> uses, String term, int at) {
      Use use = uses.get(term);
      if (use == null) {
        uses.put(term, new Use(at));
      } else {
        use.count++;
      }
    }
  }

  /** How often a page uses a term, and where first. */
  private static final class Use {
    private final int first;
    private int count = 1;

    Use(int first) {
      this.first = first;
    }
  }

  /** A page's terms, each with its weight on that page. */
  private static Map<String, Integer> weights(Page page, Words words) {
    Map<String, Integer> w = new HashMap<>();
    words.uses().forEach((term, use) -> w.put(term, bodyWeight(use.count)));
    for (String term : new HashSet<>(Tokenizer.tokens(page.headings()))) {
      w.merge(term, HEADING_WEIGHT, Integer::sum);
    }
    for (String term : new HashSet<>(Tokenizer.tokens(page.title()))) {
      w.merge(term, TITLE_WEIGHT, Integer::sum);
    }
    return w;
  }

  /** Characters two terms share at their start: at most 44, never half a surrogate pair. */
  static int sharedPrefix(String a, String b) {
    int n = 0;
    int max = Math.min(BASE - 1, Math.min(a.length(), b.length()));
    while (n < max && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    if (n > 0 && Character.isHighSurrogate(a.charAt(n - 1))) {
      n--;
    }
    return n;
  }

  /**
   * Passages around the first use of the page's rarest terms, in text order, joined by an ellipsis:
   * what a result shows under its title, without storing the page's whole text.
   */
  static String excerpt(String text, Map<String, Integer> documentFrequency) {
    return excerpt(text, Words.of(text), t -> documentFrequency.getOrDefault(t, 0));
  }

  private static String excerpt(String text, Words words, ToIntFunction<String> documentFrequency) {
    if (text.length() <= EXCERPT_BUDGET) {
      return text;
    }
    Map<String, Use> firstUse = words.uses();
    Set<String> identifiers = words.identifiers();
    // Rarest first; among equally rare terms, code identifiers (AppendEntries, heightChecker),
    // which readers search for by name.
    // Each term's sort key is looked up once (the comparator ran two hash look-ups per comparison,
    // a third of the search index's time); the sort is stable, so ties keep first-use order.
    int n = firstUse.size();
    int[] frequency = new int[n];
    boolean[] plain = new boolean[n];
    int[] position = new int[n];
    Integer[] byRarity = new Integer[n];
    int k = 0;
    for (Map.Entry<String, Use> e : firstUse.entrySet()) {
      frequency[k] = documentFrequency.applyAsInt(e.getKey());
      plain[k] = !identifiers.contains(e.getKey());
      position[k] = e.getValue().first;
      byRarity[k] = k;
      k++;
    }
    Arrays.sort(
        byRarity,
        (a, b) -> {
          int c = Integer.compare(frequency[a], frequency[b]);
          if (c == 0) {
            c = Boolean.compare(plain[a], plain[b]);
          }
          return c != 0 ? c : Integer.compare(position[a], position[b]);
        });
    // The opening passage always goes in: it says what the page is about.
    TreeMap<Integer, Integer> windows = new TreeMap<>();
    int used = addWindow(windows, text, 0, 0);
    for (int term : byRarity) {
      if (used >= EXCERPT_BUDGET) {
        break;
      }
      int at = position[term];
      if (!covered(windows, at)) {
        used = addWindow(windows, text, at, used);
      }
    }
    StringBuilder out = new StringBuilder();
    int end = 0;
    for (Map.Entry<Integer, Integer> w : windows.entrySet()) {
      out.append(w.getKey() > 0 ? "… " : "").append(text, w.getKey(), w.getValue()).append(' ');
      end = w.getValue();
    }
    return (out.toString().strip() + (end < text.length() ? " …" : "")).replace("  ", " ");
  }

  private static boolean covered(TreeMap<Integer, Integer> windows, int at) {
    Map.Entry<Integer, Integer> w = windows.floorEntry(at);
    return w != null && at + 1 < w.getValue();
  }

  /** Adds a window around {@code at}, snapped to spaces, merged with overlapping ones. */
  private static int addWindow(TreeMap<Integer, Integer> windows, String text, int at, int used) {
    int start = at == 0 ? 0 : text.lastIndexOf(' ', Math.max(0, at - BEFORE)) + 1;
    int end = text.indexOf(' ', Math.min(text.length(), at + AFTER));
    end = end < 0 ? text.length() : end;
    Map.Entry<Integer, Integer> before = windows.floorEntry(end);
    while (before != null && before.getValue() >= start) {
      used -= before.getValue() - before.getKey();
      start = Math.min(start, before.getKey());
      end = Math.max(end, before.getValue());
      windows.remove(before.getKey());
      before = windows.floorEntry(end);
    }
    windows.put(start, end);
    return used + end - start;
  }
}
