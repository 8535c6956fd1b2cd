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
    forEachWord(text, (start, end) -> words.add(text.substring(start, end)));
    return words;
  }

  /** Receives the bounds of one word in a text. */
  interface WordSink {
    void word(int start, int end);
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

  /** As {@link #forEachWord(String, WordSink)}, over the characters of a text. */
  static void forEachWord(char[] text, WordSink sink) {
    int i = 0;
    int n = text.length;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = Character.codePointAt(text, i);
        if (isWordChar(cp)) {
          i += Character.charCount(cp);
        } else if ((cp == '.' || cp == '-')
            && i + 1 < n
            && isWordChar(Character.codePointAt(text, i + 1))) {
          i++;
        } else {
          break;
        }
      }
      sink.word(start, i);
    }
  }

  /**
   * True when {@code text[start, end)} holds only ASCII lowercase letters and digits: such a word
   * is indexed under itself alone (when longer than one character and not a stop word), as {@link
   * #terms} would say.
   */
  static boolean isPlain(String text, int start, int end) {
    return isPlain(text.toCharArray(), start, end);
  }

  /** As {@link #isPlain(String, int, int)}, over the characters of a text. */
  static boolean isPlain(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
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
