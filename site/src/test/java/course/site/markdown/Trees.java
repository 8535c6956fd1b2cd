package course.site.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

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
}
