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
    for (String word : List.of("log", "a", "of", "the", "raft", "500", "x1", "kip", "ab")) {
      assertThat(Tokenizer.isPlain(word, 0, word.length())).as(word).isTrue();
      boolean indexed = word.length() > 1 && !Tokenizer.STOP_WORDS.contains(word);
      assertThat(Tokenizer.terms(word)).as(word).isEqualTo(indexed ? List.of(word) : List.of());
    }
    for (String word :
        List.of("Log", "min.insync", "KIP-500", "snake_case", "café", "heightChecker")) {
      assertThat(Tokenizer.isPlain(word, 0, word.length())).as(word).isFalse();
    }
    assertThat(Tokenizer.isPlain("see KIP-500 now", 4, 7)).isFalse();
    assertThat(Tokenizer.isPlain("see kip now", 4, 7)).isTrue();
  }
}
