package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.JavaToken;
import com.github.javaparser.TokenTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast Java lexer against javaparser's: whatever it highlights comes out exactly as
 * javaparser's lexer has it, and what it leaves is left to javaparser's.
 */
final class JavaLexerTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The highlighting of {@code code}, which must be javaparser's. */
  private static boolean sameAsLibrary(String code) {
    StringBuilder fast = new StringBuilder("kept:");
    boolean handled = JavaLexer.highlight(code, fast);
    String library = Highlighter.javaByLibrary(code);
    if (handled) {
      assertThat(fast.toString()).as("highlighting of %s", code).isEqualTo("kept:" + library);
    } else {
      assertThat(fast.toString()).as("nothing written when given up").isEqualTo("kept:");
    }
    assertThat(Highlighter.highlight("java", code)).isEqualTo(library);
    return handled;
  }

  @Test
  void everyJavaFileOfThisRepositoryAsJavaparserHasIt() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(ROOT)) {
      files =
          all.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|\\.git)/.*"))
              .sorted()
              .toList();
    }
    int handled = 0;
    for (Path f : files) {
      if (sameAsLibrary(Files.readString(f, StandardCharsets.UTF_8))) {
        handled++;
      }
    }
    assertThat(files).hasSizeGreaterThan(300);
    // Most files are ASCII code without Unicode escapes: the fast path reads them.
    assertThat(handled).isGreaterThan(files.size() * 3 / 4);
  }

  @Test
  void everyJavaBlockOfTheCourseAsJavaparserHasIt() throws IOException {
    Pattern block = Pattern.compile("(?s)```java\\n(.*?)```");
    int blocks = 0;
    int handled = 0;
    for (String folder : List.of("content", "exercises")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          Matcher m = block.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            blocks++;
            handled += sameAsLibrary(m.group(1)) ? 1 : 0;
          }
        }
      }
    }
    assertThat(blocks).isGreaterThan(30);
    assertThat(handled).isGreaterThan(blocks * 3 / 4);
  }

  private static final String[] PIECES = {
    "int",
    "class",
    "record",
    "var",
    "yield",
    "when",
    "non-sealed",
    "non-sealedX",
    "non",
    "sealed",
    "_",
    "__",
    "_x",
    "$y",
    "x1",
    "true",
    "null",
    "Foo",
    "@Override",
    "@interface",
    "@_",
    "@ x",
    "@non-sealed",
    "@1",
    "@",
    "@record",
    "@Deprecated(since = \"9\")",
    "0",
    "00",
    "09",
    "0777",
    "1_000",
    "1__2",
    "1_",
    "_1",
    "0x1F",
    "0X_1",
    "0x",
    "0xg",
    "0x1_0",
    "0x1.8p3",
    "0x1p-2f",
    "0x.8p1",
    "0b101L",
    "0b",
    "0b2",
    "0b1_",
    "1L",
    "1l",
    "1e5",
    "1E+5",
    "1e-",
    "1e",
    "1.5f",
    "1.5D",
    ".5",
    "1.",
    "1..2",
    "1.e5",
    "1.0.x",
    "5f",
    "5d",
    "1e5_0",
    "1e_5",
    "3.14_15",
    "\"a\"",
    "\"a\\nb\"",
    "\"\\s\"",
    "\"\\q\"",
    "\"\\0\"",
    "\"\\377\"",
    "\"\\400\"",
    "\"\\'\"",
    "\"\\\"\"",
    "\"\"",
    "\"open",
    "\"é\"",
    "'a'",
    "'\\n'",
    "'\\0'",
    "'\\12'",
    "'\\''",
    "'ab'",
    "''",
    "'",
    "'é'",
    "'😀'",
    "// c",
    "// c\r",
    "/* c */",
    "/** d */",
    "/**/",
    "/***/",
    "/* open",
    "/* a */ */",
    "\"\"\"\n  text\n\"\"\"",
    "\"\"\"a\"\"\"",
    "\"\"\" \n x \\\"\"\" y\"\"\"",
    "\"\"\"\n open",
    "\"\"\"\t\r\nx\"\"\"",
    "(",
    ")",
    "{",
    "}",
    "[]",
    ";",
    ",",
    ".",
    "...",
    "::",
    "->",
    ">>",
    ">>>=",
    "<",
    "&&",
    "|",
    "^",
    "%",
    "~",
    "?",
    ":",
    "=",
    "!",
    "#",
    "`",
    "\\",
    "é",
    "→",
    "\u00a0",
    "\u001a",
    "\f",
    "\u000b",
    "\u0001",
    "\u007f",
    "\\u0041",
    "x",
    "List<List<String>>",
    "a<b>c",
    "&amp;",
    "<tag>",
    "\"<&>\"",
  };

  private static final String[] GAPS = {"", " ", "\n", "\r\n", "\t", "  "};

  @Test
  void randomCodeAsJavaparserHasIt() {
    Random random = new Random(20261206);
    int handled = 0;
    int runs = 20_000;
    for (int run = 0; run < runs; run++) {
      StringBuilder code = new StringBuilder();
      int pieces = 1 + random.nextInt(10);
      for (int p = 0; p < pieces; p++) {
        code.append(PIECES[random.nextInt(PIECES.length)]);
        code.append(GAPS[random.nextInt(GAPS.length)]);
      }
      handled += sameAsLibrary(code.toString()) ? 1 : 0;
    }
    assertThat(handled).isGreaterThan(runs / 10);
  }

  /** Every string of up to four characters from the characters that make numbers. */
  @Test
  void everyShortNumberAsJavaparserHasIt() {
    String alphabet = "019xXbBeEpPfFdDlL._+-a";
    List<String> codes = new ArrayList<>(List.of(""));
    int handled = 0;
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String code : codes) {
        for (char c : alphabet.toCharArray()) {
          longer.add(code + c);
        }
      }
      for (String code : longer) {
        handled += sameAsLibrary(code) ? 1 : 0;
      }
      codes = longer;
    }
    assertThat(handled).isGreaterThan(codes.size() / 2);
  }

  /**
   * The keywords are javaparser's: its keyword tokens and the literals true, false and null, but
   * {@code yield}, which its lexer reads as an identifier unless its parser asks otherwise.
   */
  @Test
  void theKeywordsAreJavaparsersWords() {
    Set<String> words = new HashSet<>();
    for (JavaToken.Kind kind : JavaToken.Kind.values()) {
      String image = GeneratedJavaParserConstants.tokenImage[kind.getKind()];
      if (!image.matches("\"[a-z]+\"")) {
        continue;
      }
      JavaToken.Category category;
      try {
        category = TokenTypes.getCategory(kind.getKind());
      } catch (AssertionError uncategorised) {
        continue;
      }
      if (category == JavaToken.Category.KEYWORD || category == JavaToken.Category.LITERAL) {
        words.add(image.substring(1, image.length() - 1));
      }
    }
    assertThat(words).contains("yield");
    words.remove("yield");
    assertThat(JavaLexer.KEYWORDS).isEqualTo(words);
  }
}
