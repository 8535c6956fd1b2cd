package course.site.search;

import course.site.JsonText;
import course.site.Spaces;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

  private final Dictionary dictionary;
  private final List<Page> pages = new ArrayList<>();

  /** An index with a dictionary of its own. */
  public SearchIndex() {
    this(new Dictionary());
  }

  /**
   * An index whose pages' terms are numbered in {@code dictionary}: the pages analysed for an
   * earlier index of the same site (the preview's) can be added again.
   */
  public SearchIndex(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Every term any page used, numbered in the order first seen; safe to use from many threads.
   * Terms of pages no longer in an index stay here and are left out of its file.
   */
  public static final class Dictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>(1 << 14);
    private final AtomicInteger next = new AtomicInteger();

    /** Each thread's table of the terms it has met: see {@link Scratch}. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(this));

    int id(String term) {
      Integer id = ids.get(term);
      return id != null ? id : ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    /**
     * A page's text analysed for {@link #add(String, String, String, Terms)}; safe to call from
     * many threads at once (the site's pages are analysed as they are written, on every core).
     *
     * @param title the page title
     * @param headings the text of the page's headings (they are in {@code text} as well)
     * @param text the plain text of the page, code included, single-spaced (as {@link
     *     course.site.markdown.PlainText#of} and {@link Spaces#single} give it)
     */
    public Terms analyse(String title, String headings, String text) {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(headings, "headings");
      return scratch.get().analyse(title, headings, Objects.requireNonNull(text, "text"));
    }

    /** The terms by number. */
    String[] terms() {
      String[] terms = new String[next.get()];
      ids.forEach((term, id) -> terms[id] = term);
      return terms;
    }
  }

  /**
   * One thread's table of every term it has met, for analysing pages one after another: a word of
   * the text is looked up by its characters (no string is made of a word met before), and each
   * entry keeps the term's number in the dictionary and, for the page being analysed, how often and
   * where it is first used. Entries of earlier pages are told apart by a stamp, so nothing is
   * cleared between pages.
   */
  private static final class Scratch {
    private final Dictionary dictionary;

    /** Open addressing with linear probing: an entry's index plus one, 0 for an empty slot. */
    private int[] slots = new int[1 << 12];

    private int size;
    private char[][] term = new char[1 << 11][];
    private int[] hash = new int[1 << 11];

    /** The term's number in the dictionary; -1 for a stop word, which is never indexed. */
    private int[] id = new int[1 << 11];

    /**
     * The page that last used the term; on that page: uses, first use, identifier, extra weight.
     */
    private int[] page = new int[1 << 11];

    private int[] count = new int[1 << 11];
    private int[] first = new int[1 << 11];
    private boolean[] identifier = new boolean[1 << 11];
    private int[] extra = new int[1 << 11];

    /** The title or headings that last weighed the term, so each weighs a term once. */
    private int[] weighed = new int[1 << 11];

    private int pages;
    private int weighings;

    /**
     * The page's entries: the body's in order of first use, then those only in title or headings.
     */
    private int[] used = new int[256];

    private int usedCount;

    Scratch(Dictionary dictionary) {
      this.dictionary = dictionary;
      for (String stop : Tokenizer.STOP_WORDS) {
        char[] chars = stop.toCharArray();
        int h = stop.hashCode();
        insert(chars, h, free(chars, 0, chars.length, h), -1);
      }
    }

    Terms analyse(String title, String headings, String text) {
      pages++;
      usedCount = 0;
      // Characters in an array: a page's text is often UTF-16 (an arrow, a dash), and the
      // compiler this tool runs with calls String.charAt and its index check for each character.
      char[] chars = text.toCharArray();
      Tokenizer.forEachWord(
          chars,
          (start, end, plain, hash) -> {
            if (plain) {
              // Most words: letters and digits, indexed under their lowercase form alone.
              if (end - start > 1) {
                use(entry(chars, start, end, hash), start);
              }
              return;
            }
            // Other words (identifiers, dotted names) repeat: their terms are worked out once.
            int[] entries =
                words.computeIfAbsent(new String(chars, start, end - start), this::terms);
            int n = entries.length - 1;
            for (int k = 0; k < n; k++) {
              use(entries[k], start);
            }
            if (entries[n] == 1) {
              identifier[entries[0]] = true;
            }
          });
      int body = usedCount;
      weigh(headings, HEADING_WEIGHT);
      weigh(title, TITLE_WEIGHT);
      int[] ids = new int[usedCount];
      int[] weights = new int[usedCount];
      int[] firstUse = new int[body];
      boolean[] identifiers = new boolean[body];
      for (int k = 0; k < usedCount; k++) {
        int e = used[k];
        ids[k] = id[e];
        weights[k] = extra[e];
        if (k < body) {
          weights[k] += bodyWeight(count[e]);
          firstUse[k] = first[e];
          identifiers[k] = identifier[e];
        }
      }
      return new Terms(text, ids, weights, firstUse, identifiers);
    }

    /** Adds {@code weight} once to each term of {@code text} (the title, the headings). */
    private void weigh(String text, int weight) {
      weighings++;
      for (String t : Tokenizer.tokens(text)) {
        int e = entry(t);
        if (page[e] != pages) {
          begin(e, 0); // a term the body does not use
        }
        if (weighed[e] != weighings) {
          weighed[e] = weighings;
          extra[e] += weight;
        }
      }
    }

    private void use(int e, int at) {
      if (id[e] < 0) {
        return;
      }
      if (page[e] != pages) {
        begin(e, at);
      } else {
        count[e]++;
      }
    }

    /** The term's first use on this page. */
    private void begin(int e, int at) {
      page[e] = pages;
      count[e] = 1;
      first[e] = at;
      identifier[e] = false;
      extra[e] = 0;
      if (usedCount == used.length) {
        used = Arrays.copyOf(used, usedCount * 2);
      }
      used[usedCount++] = e;
    }

    /**
     * The words this thread met that are not plain, each with the entries of its terms in order
     * and, last, 1 when it is an identifier (more than one term) or 0.
     */
    private final java.util.HashMap<String, int[]> words = new java.util.HashMap<>();

    private int[] terms(String word) {
      List<String> terms = Tokenizer.terms(word);
      int[] entries = new int[terms.size() + 1];
      for (int k = 0; k < terms.size(); k++) {
        entries[k] = entry(terms.get(k));
      }
      entries[terms.size()] = terms.size() > 1 ? 1 : 0;
      return entries;
    }

    private int entry(String term) {
      char[] chars = term.toCharArray();
      return entry(chars, 0, chars.length, term.hashCode());
    }

    /**
     * The entry of the term {@code text[start, end)} in ASCII lower case, whose hash is {@code h};
     * made if new.
     */
    private int entry(char[] text, int start, int end, int h) {
      int at = free(text, start, end, h);
      if (slots[at] != 0) {
        return slots[at] - 1;
      }
      char[] t = new char[end - start];
      for (int i = 0; i < t.length; i++) {
        t[i] = Tokenizer.lower(text[start + i]);
      }
      return insert(t, h, at, dictionary.id(new String(t)));
    }

    /**
     * The slot holding {@code text[start, end)} in ASCII lower case, or the empty slot where it
     * would go.
     */
    private int free(char[] text, int start, int end, int h) {
      int mask = slots.length - 1;
      int at = (h ^ (h >>> 16)) & mask;
      for (int s = slots[at]; s != 0; s = slots[at]) {
        int e = s - 1;
        if (hash[e] == h && same(term[e], text, start, end)) {
          return at;
        }
        at = (at + 1) & mask;
      }
      return at;
    }

    /** A loop rather than Arrays.equals: words are short, and this runs for every word. */
    private static boolean same(char[] term, char[] text, int start, int end) {
      if (term.length != end - start) {
        return false;
      }
      for (int i = 0; i < term.length; i++) {
        if (term[i] != Tokenizer.lower(text[start + i])) {
          return false;
        }
      }
      return true;
    }

    private int insert(char[] t, int h, int at, int number) {
      int e = size++;
      if (e == term.length) {
        grow();
      }
      term[e] = t;
      hash[e] = h;
      id[e] = number;
      slots[at] = e + 1;
      if (size * 2 > slots.length) {
        rehash();
      }
      return e;
    }

    private void grow() {
      int n = term.length * 2;
      term = Arrays.copyOf(term, n);
      hash = Arrays.copyOf(hash, n);
      id = Arrays.copyOf(id, n);
      page = Arrays.copyOf(page, n);
      count = Arrays.copyOf(count, n);
      first = Arrays.copyOf(first, n);
      identifier = Arrays.copyOf(identifier, n);
      extra = Arrays.copyOf(extra, n);
      weighed = Arrays.copyOf(weighed, n);
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int e = 0; e < size; e++) {
        int at = (hash[e] ^ (hash[e] >>> 16)) & mask;
        while (slots[at] != 0) {
          at = (at + 1) & mask;
        }
        slots[at] = e + 1;
      }
    }
  }

  /**
   * A page's text analysed for the index, made by {@link #analyse} while the page is written: its
   * terms as numbers with their weights, the body's terms first in the order of their first use
   * (where each is first used, and whether it is a code identifier), then the title's and headings'
   * terms the body lacks. Small arrays instead of a map per page: the maps die young, and the index
   * keeps about 20 bytes per term and page.
   */
  public static final class Terms {
    private final String text;
    private final int[] ids;
    private final int[] weights;
    private final int[] firstUse;
    private final boolean[] identifier;

    private Terms(String text, int[] ids, int[] weights, int[] firstUse, boolean[] identifier) {
      this.text = text;
      this.ids = ids;
      this.weights = weights;
      this.firstUse = firstUse;
      this.identifier = identifier;
    }

    /**
     * For tests: the body's terms in order of first use, each as {@code term weight first} (and
     * {@code *} for an identifier), then the other terms with their weights, sorted.
     */
    List<String> describe(Dictionary dictionary) {
      String[] terms = dictionary.terms();
      List<String> body = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (int k = 0; k < ids.length; k++) {
        if (k < firstUse.length) {
          body.add(
              terms[ids[k]] + " " + weights[k] + " " + firstUse[k] + (identifier[k] ? " *" : ""));
        } else {
          rest.add(terms[ids[k]] + " " + weights[k]);
        }
      }
      rest.sort(null);
      body.addAll(rest);
      return body;
    }
  }

  private record Page(String url, String title, String section, Terms terms) {}

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
    add(url, title, section, analyse(title, headings, text));
  }

  /**
   * Adds one page analysed by {@link #analyse} (of this index's dictionary).
   *
   * @param url relative to the site root, may carry {@code #anchor}
   * @param title the page (lesson or exercise) title
   * @param section the part title, or "Exercises"
   */
  public void add(String url, String title, String section, Terms terms) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(terms, "terms");
    pages.add(new Page(url, title, section, terms));
  }

  /**
   * A page's text analysed for {@link #add(String, String, String, Terms)} with this index's
   * dictionary; see {@link Dictionary#analyse}.
   */
  public Terms analyse(String title, String headings, String text) {
    return dictionary.analyse(title, headings, Spaces.single(text));
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
    return pages.stream().mapToLong(p -> p.title().length() + p.terms().text.length()).sum();
  }

  /** The contents of {@code assets/search-index.js}. */
  public String toJavaScript() {
    // Posting lists by term number, in page order. A term's posting count is its document
    // frequency, which the excerpts need.
    String[] terms = dictionary.terms();
    StringBuilder[] lists = new StringBuilder[terms.length];
    int[] lastDoc = new int[terms.length];
    int[] documentFrequency = new int[terms.length];
    for (int doc = 0; doc < pages.size(); doc++) {
      Terms page = pages.get(doc).terms();
      for (int k = 0; k < page.ids.length; k++) {
        int id = page.ids[k];
        if (lists[id] == null) {
          lists[id] = new StringBuilder();
        }
        int gap = doc - lastDoc[id];
        lastDoc[id] = doc;
        documentFrequency[id]++;
        appendNumber(
            lists[id], (long) gap * (MAX_WEIGHT + 1) + Math.min(MAX_WEIGHT, page.weights[k]));
      }
    }
    List<String> excerpts =
        pages.parallelStream()
            .map(
                p -> {
                  Terms t = p.terms();
                  int[] frequency = new int[t.firstUse.length];
                  for (int k = 0; k < frequency.length; k++) {
                    frequency[k] = documentFrequency[t.ids[k]];
                  }
                  return excerpt(t.text, frequency, t.identifier, t.firstUse);
                })
            .toList();
    // The terms are sorted once at the end, so the output is the same for the same input.
    List<Integer> used = new ArrayList<>();
    for (int id = 0; id < terms.length; id++) {
      if (documentFrequency[id] > 0) {
        used.add(id);
      }
    }
    used.sort((a, b) -> terms[a].compareTo(terms[b]));

    StringBuilder js = new StringBuilder("window.COURSE_SEARCH = {\"v\":2,\"docs\":[");
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
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
    StringBuilder postings = new StringBuilder();
    String previous = "";
    for (int id : used) {
      String term = terms[id];
      int shared = sharedPrefix(previous, term);
      keys.append(DIGITS.charAt(shared)).append(term, shared, term.length()).append(' ');
      postings.append(lists[id]).append(' ');
      previous = term;
    }
    js.append("],\"keys\":");
    JsonText.string(js, keys.toString()).append(",\"lists\":");
    JsonText.string(js, postings.toString());
    return js.append("};\n").toString();
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
    Dictionary dictionary = new Dictionary();
    Terms t = new Scratch(dictionary).analyse("", "", text);
    String[] terms = dictionary.terms();
    int[] frequency = new int[t.firstUse.length];
    for (int k = 0; k < frequency.length; k++) {
      frequency[k] = documentFrequency.getOrDefault(terms[t.ids[k]], 0);
    }
    return excerpt(text, frequency, t.identifier, t.firstUse);
  }

  /**
   * As {@link #excerpt(String, Map)}, for the text's terms in the order of their first use: how
   * many pages use each, whether it is a code identifier, where it is first used.
   */
  private static String excerpt(
      String text, int[] frequency, boolean[] identifier, int[] firstUse) {
    if (text.length() <= EXCERPT_BUDGET) {
      return text;
    }
    // Rarest first; among equally rare terms, code identifiers (AppendEntries, heightChecker),
    // which readers search for by name; then in order of first use. Each term is one number that
    // sorts so (how many pages use it, then 0 for an identifier, then where it is first used): a
    // sort of plain numbers, where a comparator over boxed indices took a fifth of the index.
    int n = frequency.length;
    long[] byRarity = new long[n];
    for (int k = 0; k < n; k++) {
      byRarity[k] = ((long) frequency[k] << 33) | ((identifier[k] ? 0L : 1L) << 32) | firstUse[k];
    }
    Arrays.sort(byRarity);
    // The opening passage always goes in: it says what the page is about.
    TreeMap<Integer, Integer> windows = new TreeMap<>();
    int used = addWindow(windows, text, 0, 0);
    for (long term : byRarity) {
      if (used >= EXCERPT_BUDGET) {
        break;
      }
      int at = (int) term;
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
