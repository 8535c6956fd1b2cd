package course.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> kinds(String source) {
    Tokenizer.Result result = tokenizer.tokenize(source, 0);
    assertThat(result).as(source).isInstanceOf(Tokenizer.Parsed.class);
    return ((Tokenizer.Parsed) result).tokens().stream().map(Token::kind).toList();
  }

  @Test
  void namesLiteralsCommentsAndLayoutDoNotChangeTheTokens() {
    String original =
        """
        public class A {
          static int count(int[] xs) {
            int n = 0;
            for (int i = 0; i < xs.length; i++) { if (xs[i] > 3) n++; }
            return n;
          }
        }
        """;
    String disguised =
        """
        // my own work
        public class Zeta
        {
          /** Counts. */
          private static int tally( int[] values )
          {
            int total = 7; // start
            for (int k = 1; (values.length > k); k += 1)
            {
              if (values[k] > 99)
              {
                total++;
              }
            }
            return (total);
          }
        }
        """;
    assertThat(kinds(disguised)).isEqualTo(kinds(original));
  }

  @Test
  void aForLoopRewrittenAsAWhileLoopGivesTheSameTokens() {
    String loop =
        "class A { int f(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) { s += a[i]; }"
            + " return s; } }";
    String rewritten =
        "class A { int f(int[] a) { int s = 0; int i = 0; while (i < a.length) { s += a[i]; i++; }"
            + " return s; } }";
    assertThat(kinds(rewritten)).isEqualTo(kinds(loop));
  }

  @Test
  void differentStatementsInADifferentOrderGiveDifferentTokens() {
    String countFirst =
        "class A { int f(int[] a) { int c = 0; for (int x : a) c++; return a[c]; } }";
    String indexFirst =
        "class A { int f(int[] a) { if (a.length > 0) return a[0]; int c = 0; return c; } }";
    assertThat(kinds(indexFirst)).isNotEqualTo(kinds(countFirst));
  }

  @Test
  void operatorsKeepTheirFamily() {
    assertThat(kinds("class A { boolean f(int a, int b) { return a < b; } }"))
        .isEqualTo(kinds("class A { boolean f(int a, int b) { return b >= a; } }"))
        .isNotEqualTo(kinds("class A { boolean f(int a, int b) { return a == b; } }"));
  }

  @Test
  void eachTokenCarriesTheLineOfItsConstructAndClosingTokensTheirEndLine() {
    Tokenizer.Parsed parsed =
        (Tokenizer.Parsed) tokenizer.tokenize("class A {\n  void f() {\n    return;\n  }\n}\n", 2);
    assertThat(parsed.tokens())
        .containsExactly(
            new Token("CLASS", 2, 1),
            new Token("METHOD", 2, 2),
            new Token("RETURN", 2, 3),
            new Token("METHOD_END", 2, 4),
            new Token("CLASS_END", 2, 5));
  }

  @Test
  void aFileWithASyntaxErrorIsUnparseableWithThePositionOfTheProblem() {
    Tokenizer.Result result = tokenizer.tokenize("public class A {\n  int x = ;\n}\n", 0);
    assertThat(result).isInstanceOf(Tokenizer.Unparseable.class);
    assertThat(((Tokenizer.Unparseable) result).problem()).startsWith("2:");
  }
}
