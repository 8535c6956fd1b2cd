package course.site.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
