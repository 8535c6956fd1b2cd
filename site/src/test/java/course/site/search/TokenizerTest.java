package course.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void pascalCaseIdentifierIsIndexedWholeAndByParts() {
    assertThat(Tokenizer.tokens("AppendEntries"))
        .containsExactly("appendentries", "append", "entries");
  }

  @Test
  void camelCaseIdentifierIsIndexedWholeAndByParts() {
    assertThat(Tokenizer.tokens("heightChecker"))
        .containsExactly("heightchecker", "height", "checker");
  }

  @Test
  void dottedNameIsOneWordWithItsParts() {
    assertThat(Tokenizer.tokens("set min.insync.replicas=2"))
        .containsExactly("set", "min.insync.replicas", "min", "insync", "replicas");
  }

  @Test
  void sentenceEndIsNotADottedName() {
    assertThat(Tokenizer.words("the log. Next")).containsExactly("the", "log", "Next");
  }

  @Test
  void arrayIndexKeepsTheArrayNameAndDropsOneLetterIndex() {
    assertThat(Tokenizer.tokens("heights[i] = x")).containsExactly("heights");
  }

  @Test
  void acronymsSplitBeforeTheNextWord() {
    assertThat(Tokenizer.tokens("RequestVote RPC HTTPServer"))
        .containsExactly("requestvote", "request", "vote", "rpc", "httpserver", "http", "server");
  }

  @Test
  void snakeCaseAndLeadingUnderscores() {
    assertThat(Tokenizer.tokens("__cluster_metadata"))
        .containsExactly("__cluster_metadata", "cluster", "metadata");
  }

  @Test
  void stopWordsAndSingleCharactersAreLeftOut() {
    assertThat(Tokenizer.tokens("The leader of a term is x")).containsExactly("leader", "term");
  }

  @Test
  void nonAsciiLettersAreWords() {
    assertThat(Tokenizer.tokens("Größe élection")).containsExactly("größe", "élection");
  }

  @Test
  void protoIsNeverATermBecauseItWouldSetThePrototypeOfTheIndexObject() {
    assertThat(Tokenizer.tokens("obj.__proto__ constructor"))
        .containsExactly("obj.__proto__", "obj", "proto", "constructor");
  }

  @Test
  void hyphenatedIdentifierIsKeptWholeAndSplit() {
    assertThat(Tokenizer.terms("KIP-500")).containsExactly("kip-500", "kip", "500");
    assertThat(Tokenizer.words("see KIP-500, then -x"))
        .containsExactly("see", "KIP-500", "then", "x");
  }

  @Test
  void aPlainWordIsExactlyTheWordsThatTermsGivesItselfAloneOrNothing() {
    // The index's fast path for plain words must say what terms() says for them.
    for (String word :
        List.of(
            "log", "a", "of", "the", "raft", "500", "x1", "kip", "ab", "Log", "The", "A", "X1",
            "Zebra9")) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      assertThat(plain(word)).as(word).containsExactly(lower.hashCode());
      boolean indexed = lower.length() > 1 && !Tokenizer.STOP_WORDS.contains(lower);
      assertThat(Tokenizer.terms(word)).as(word).isEqualTo(indexed ? List.of(lower) : List.of());
    }
    for (String word :
        List.of(
            "LOG",
            "lOg",
            "min.insync",
            "KIP-500",
            "snake_case",
            "café",
            "heightChecker",
            "x-1",
            "_x",
            "1A")) {
      assertThat(plain(word)).as(word).containsExactly((Integer) null);
    }
    assertThat(plain("See KIP-500 now, caf\u00e9 ok"))
        .containsExactly("see".hashCode(), null, "now".hashCode(), null, "ok".hashCode());
  }

  /** For each word of {@code text}: its hash when the tokenizer calls it plain, else null. */
  private static List<Integer> plain(String text) {
    List<Integer> words = new java.util.ArrayList<>();
    Tokenizer.forEachWord(text, (start, end, plain, hash) -> words.add(plain ? hash : null));
    return words;
  }
}
