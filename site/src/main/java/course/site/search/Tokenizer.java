package course.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms so that code identifiers stay findable: a word is a run of letters,
 * digits and underscores, dotted and hyphenated names ({@code min.insync.replicas}, {@code
 * KIP-500}) are one word. Each word yields its lowercase whole form, its dotted and hyphenated
 * parts, and its camelCase / snake_case parts ({@code AppendEntries} gives {@code appendentries},
 * {@code append}, {@code entries}).
 *
 * <p>{@code assets/search.js} holds the same rules for queries; change both together.
 */
public final class Tokenizer {
  /** Words of one letter or digit and these few English words are not indexed. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of",
          "on", "or", "that", "the", "this", "to", "with");

  private Tokenizer() {}

  /** The words of {@code text}, as written (case kept), in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    forEachWord(text, (start, end, plain, hash) -> words.add(text.substring(start, end)));
    return words;
  }

  /**
   * Receives one word of a text: its bounds and, when it is plain (only ASCII lowercase letters and
   * digits: indexed under itself alone when longer than one character and not a stop word, as
   * {@link #terms} would say), its {@link String#hashCode}.
   */
  interface WordSink {
    void word(int start, int end, boolean plain, int hash);
  }

  /**
   * Calls {@code sink} with the bounds of every word: a run of letters, digits and underscores,
   * with single dots or hyphens between such runs kept inside ({@code min.insync.replicas}, {@code
   * KIP-500}). Hand-written rather than a regular expression: it runs over every page of the
   * course.
   */
  static void forEachWord(String text, WordSink sink) {
    forEachWord(text.toCharArray(), sink);
  }

  /** ASCII characters that are word characters, and those that may follow in a plain word. */
  private static final boolean[] WORD = new boolean[128];

  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD[c] = isWordChar(c);
      PLAIN[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
  }

  /** {@code c} in lower case when it is an ASCII upper-case letter. */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * As {@link #forEachWord(String, WordSink)}, over the characters of a text. ASCII characters,
   * nearly all of a course's text, are classified by table in the loop itself, which also tells
   * whether the word is plain and hashes it: this runs once for every word of the course, under a
   * compiler that makes a call of each small method.
   */
  static void forEachWord(char[] text, WordSink sink) {
    int i = 0;
    int n = text.length;
    while (i < n) {
      char c = text[i];
      if (c < 128 ? !WORD[c] : !isWordChar(Character.codePointAt(text, i))) {
        i += c < 128 ? 1 : Character.charCount(Character.codePointAt(text, i));
        continue;
      }
      int start = i;
      // The first letter may be upper case (a sentence's first word): hashed in lower case.
      boolean plain = c < 128 && (PLAIN[c] || (c >= 'A' && c <= 'Z'));
      int hash = 0;
      while (i < n) {
        c = text[i];
        if (c < 128 && WORD[c]) {
          plain &= i == start || PLAIN[c];
          hash = 31 * hash + lower(c);
          i++;
        } else if (c >= 128 && isWordChar(Character.codePointAt(text, i))) {
          plain = false;
          i += Character.charCount(Character.codePointAt(text, i));
        } else if ((c == '.' || c == '-') && i + 1 < n && isWordCharAt(text, i + 1)) {
          plain = false;
          i++;
        } else {
          break;
        }
      }
      sink.word(start, i, plain, hash);
    }
  }

  private static boolean isWordCharAt(char[] text, int i) {
    char c = text[i];
    return c < 128 ? WORD[c] : isWordChar(Character.codePointAt(text, i));
  }

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z')
          || (cp >= 'A' && cp <= 'Z')
          || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    return Character.isLetter(cp)
        || switch (Character.getType(cp)) {
          case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
              true;
          default -> false;
        };
  }

  /**
   * The terms one word is indexed under, whole form first; duplicates removed, stop words and
   * one-character terms left out.
   */
  public static List<String> terms(String word) {
    List<String> terms = new ArrayList<>(4);
    add(terms, word);
    int dots = Math.max(word.indexOf('.'), word.indexOf('-'));
    int start = 0;
    while (start <= word.length()) {
      int end = start;
      while (end < word.length() && word.charAt(end) != '.' && word.charAt(end) != '-') {
        end++;
      }
      if (dots >= 0) {
        add(terms, word.substring(start, end));
      }
      addPieces(terms, word, start, end);
      start = end + 1;
    }
    return terms;
  }

  /**
   * Adds the camelCase / snake_case pieces of {@code word[start, end)} when there is more than one:
   * boundaries are runs of underscores, a lowercase letter or digit followed by an uppercase
   * letter, and an uppercase letter followed by an uppercase then a lowercase one.
   */
  private static void addPieces(List<String> terms, String word, int start, int end) {
    List<String> pieces = new ArrayList<>(4);
    int from = start;
    int prev = -1;
    for (int i = start; i < end; ) {
      int cp = word.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '_') {
        pieces.add(word.substring(from, i));
        from = next;
      } else if (prev >= 0 && prev != '_' && isUpper(cp)) {
        boolean lowerBefore = isLower(prev) || isNumber(prev);
        boolean acronymEnd = isUpper(prev) && next < end && isLower(word.codePointAt(next));
        if ((lowerBefore || acronymEnd) && i > from) {
          pieces.add(word.substring(from, i));
          from = i;
        }
      }
      prev = cp;
      i = next;
    }
    pieces.add(word.substring(from, end));
    if (pieces.size() > 1) {
      for (String piece : pieces) {
        add(terms, piece);
      }
    }
  }

  private static boolean isUpper(int cp) {
    return Character.getType(cp) == Character.UPPERCASE_LETTER;
  }

  private static boolean isLower(int cp) {
    return Character.getType(cp) == Character.LOWERCASE_LETTER;
  }

  private static boolean isNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Every term of {@code text}, in order of the words (with repeats, for term frequencies). */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String word : words(text)) {
      tokens.addAll(terms(word));
    }
    return tokens;
  }

  private static void add(List<String> terms, String term) {
    String t = term.toLowerCase(Locale.ROOT);
    // "__proto__" as a key of the index's object literal would set its prototype instead.
    if (t.codePointCount(0, t.length()) > 1
        && !STOP_WORDS.contains(t)
        && !t.equals("__proto__")
        && !terms.contains(t)) {
      terms.add(t);
    }
  }
}
