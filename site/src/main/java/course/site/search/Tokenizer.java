package course.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into search terms so that code identifiers stay findable: a word is a run of letters,
 * digits and underscores, dotted names ({@code min.insync.replicas}) are one word. Each word yields
 * its lowercase whole form, its dotted parts, and its camelCase / snake_case parts ({@code
 * AppendEntries} gives {@code appendentries}, {@code append}, {@code entries}).
 *
 * <p>{@code assets/search.js} holds the same rules for queries; change both together.
 */
public final class Tokenizer {
  /** Words of one letter or digit and these few English words are not indexed. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of",
          "on", "or", "that", "the", "this", "to", "with");

  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*");
  private static final Pattern CAMEL =
      Pattern.compile("_+|(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

  private Tokenizer() {}

  /** The words of {@code text}, as written (case kept), in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * The terms one word is indexed under, whole form first; duplicates removed, stop words and
   * one-character terms left out.
   */
  public static List<String> terms(String word) {
    List<String> terms = new ArrayList<>();
    add(terms, word);
    String[] dotted = word.split("\\.");
    for (String part : dotted) {
      if (dotted.length > 1) {
        add(terms, part);
      }
      String[] pieces = CAMEL.split(part);
      if (pieces.length > 1) {
        for (String piece : pieces) {
          add(terms, piece);
        }
      }
    }
    return terms;
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
    if (t.codePointCount(0, t.length()) > 1 && !STOP_WORDS.contains(t) && !terms.contains(t)) {
      terms.add(t);
    }
  }
}
