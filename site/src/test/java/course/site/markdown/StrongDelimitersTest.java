package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** {@link StrongDelimiters} parses emphasis into the trees commonmark's own processor makes. */
final class StrongDelimitersTest {
  private static final Parser LIBRARY =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final Parser OURS =
      Markdown.strongDelimiters(Parser.builder())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static int strong(Node document) {
    int[] count = {0};
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(StrongEmphasis strong) {
            count[0]++;
            visitChildren(strong);
          }
        });
    return count[0];
  }

  @Test
  void generatedEmphasisParsesAsTheLibraryParsesIt() {
    String[] pieces = {
      "*", "*", "**", "***", "_", "__", "___", "a", "b", " ", " ", "\n", ".", "!", "\\*", "`x`",
      "[l](u)", "foo", "_x_", "**y**", "\u00e9", "\n\n", "- ", "> ", "#"
    };
    Random random = new Random(20261206);
    int strong = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(16);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String markdown = text.toString();
      Node ours = OURS.parse(markdown);
      assertThat(Trees.print(ours)).as(markdown).isEqualTo(Trees.print(LIBRARY.parse(markdown)));
      strong += strong(ours);
    }
    assertThat(strong).as("strong emphasis made").isGreaterThan(5_000);
  }

  @Test
  void theCourseParsesAsTheLibraryParsesIt() throws IOException {
    int strong = Trees.assertCourseParsesAlike(OURS, LIBRARY, StrongDelimitersTest::strong);
    assertThat(strong).isGreaterThan(100);
  }
}
