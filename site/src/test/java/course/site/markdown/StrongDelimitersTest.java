package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.CourseMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Delimited;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
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

  /** Every node of the tree with its delimiters, literal and source spans, in document order. */
  private static String tree(Node document) {
    StringBuilder out = new StringBuilder();
    new Object() {
      void dump(Node node, int depth) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Delimited d) {
          out.append(' ').append(d.getOpeningDelimiter()).append(d.getClosingDelimiter());
        } else if (node instanceof Text t) {
          out.append(" '").append(t.getLiteral()).append('\'');
        }
        out.append(' ').append(node.getSourceSpans()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          dump(child, depth + 1);
        }
      }
    }.dump(document, 0);
    return out.toString();
  }

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
      assertThat(tree(ours)).as(markdown).isEqualTo(tree(LIBRARY.parse(markdown)));
      strong += strong(ours);
    }
    assertThat(strong).as("strong emphasis made").isGreaterThan(5_000);
  }

  @Test
  void theCourseParsesAsTheLibraryParsesIt() throws IOException {
    int strong = 0;
    for (Path file : CourseMarkdown.files()) {
      String markdown = Files.readString(file);
      Node ours = OURS.parse(markdown);
      assertThat(tree(ours)).as(file.toString()).isEqualTo(tree(LIBRARY.parse(markdown)));
      strong += strong(ours);
    }
    assertThat(strong).isGreaterThan(100);
  }
}
