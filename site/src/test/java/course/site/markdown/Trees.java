package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.CourseMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A parsed tree printed node by node, for the tests that hold a parser of ours to the library's.
 */
final class Trees {
  private Trees() {}

  /**
   * Every node of the tree in document order, indented by depth, with its delimiters (emphasis),
   * literal (text, code) and source spans.
   */
  static String print(Node document) {
    StringBuilder out = new StringBuilder();
    print(document, 0, out);
    return out.toString();
  }

  private static void print(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
    if (node instanceof Delimited d) {
      out.append(' ').append(d.getOpeningDelimiter()).append(d.getClosingDelimiter());
    } else if (node instanceof Text t) {
      out.append(" '").append(t.getLiteral()).append('\'');
    } else if (node instanceof Code c) {
      out.append(" `").append(c.getLiteral()).append('`');
    }
    out.append(' ').append(node.getSourceSpans()).append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      print(child, depth + 1, out);
    }
  }

  /**
   * Asserts that {@code ours} parses every Markdown file of the course into the tree {@code
   * library} makes; returns the sum of {@code count} over our trees (what the test needs made).
   */
  static int assertCourseParsesAlike(Parser ours, Parser library, ToIntFunction<Node> count)
      throws IOException {
    int made = 0;
    for (Path file : CourseMarkdown.files()) {
      String markdown = Files.readString(file);
      Node tree = ours.parse(markdown);
      assertThat(print(tree)).as(file.toString()).isEqualTo(print(library.parse(markdown)));
      made += count.applyAsInt(tree);
    }
    return made;
  }
}
