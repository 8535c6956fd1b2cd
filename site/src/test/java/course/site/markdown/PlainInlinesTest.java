package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainInlines} makes the trees commonmark's own inline parser makes, through its shortcut
 * and around it, with the site's inline extensions and tables.
 */
final class PlainInlinesTest {
  private static Parser parser(boolean shortcut, IncludeSourceSpans spans) {
    Parser.Builder builder = Parser.builder();
    return (shortcut ? Markdown.siteInlines(builder) : Markdown.strongDelimiters(builder))
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(spans)
        .build();
  }

  private static final Parser LIBRARY = parser(false, IncludeSourceSpans.BLOCKS);
  private static final Parser OURS = parser(true, IncludeSourceSpans.BLOCKS);
  private static final Parser LIBRARY_EXACT = parser(false, IncludeSourceSpans.BLOCKS_AND_INLINES);
  private static final Parser OURS_EXACT = parser(true, IncludeSourceSpans.BLOCKS_AND_INLINES);

  /** How many code spans and hard line breaks a tree has: the shortcut's rarer nodes. */
  private static int[] counts(Node document) {
    int[] counts = new int[2];
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Code code) {
            counts[0]++;
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            counts[1]++;
          }
        });
    return counts;
  }

  /**
   * Pieces of text, code spans and line breaks alone: most of what they make takes the shortcut.
   */
  private static final List<String> TEXT =
      List.of(
          "a",
          "b",
          "word",
          " ",
          " ",
          "  ",
          "\t",
          "\n",
          "  \n",
          "   \n",
          "\t\n",
          "`x`",
          "` y `",
          "`  `",
          "`a b`",
          "| a | b |\n|---|---|\n",
          "\u00e9",
          "\u2014",
          ".",
          ",",
          "# ",
          "- ");

  /** Those and pieces of every other kind, which the library's parser takes. */
  private static final List<String> ANY =
      Stream.concat(
              TEXT.stream(),
              Stream.of(
                  "`", "``", "`  y  `", "*", "_", "[", "]", "!", "\\", "&amp;", "<", ">", "~", "|",
                  "> ", "1.", "\n\n"))
          .toList();

  /** Parses texts made of {@code pieces} both ways; returns the code spans and hard breaks made. */
  private static int[] parseGenerated(List<String> pieces, long seed, int texts) {
    Random random = new Random(seed);
    int[] made = new int[2];
    for (int n = 0; n < texts; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(20);
      for (int k = 0; k < length; k++) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      String markdown = text.toString();
      Node ours = OURS.parse(markdown);
      assertThat(Trees.print(ours)).as(markdown).isEqualTo(Trees.print(LIBRARY.parse(markdown)));
      assertThat(Trees.print(OURS_EXACT.parse(markdown)))
          .as(markdown)
          .isEqualTo(Trees.print(LIBRARY_EXACT.parse(markdown)));
      int[] counts = counts(ours);
      made[0] += counts[0];
      made[1] += counts[1];
    }
    return made;
  }

  @Test
  void generatedInlinesParseAsTheLibraryParsesThem() {
    parseGenerated(ANY, 20261207, 30_000);
  }

  @Test
  void generatedTextAndCodeParseAsTheLibraryParsesThem() {
    int[] made = parseGenerated(TEXT, 20261208, 30_000);
    assertThat(made[0]).as("code spans made").isGreaterThan(10_000);
    assertThat(made[1]).as("hard line breaks made").isGreaterThan(1_000);
  }

  @Test
  void theCourseParsesAsTheLibraryParsesIt() throws IOException {
    int code = Trees.assertCourseParsesAlike(OURS, LIBRARY, tree -> counts(tree)[0]);
    assertThat(code).isGreaterThan(100);
  }
}
