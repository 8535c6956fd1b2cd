package course.site.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Where a node of a parsed body starts, for error messages. {@link Markdown#parse} records the
 * lines of blocks only, so an inline node gets its block's first line; the build then parses a page
 * with a problem again with {@link Markdown#parseExact}, which records a span for every node,
 * inline ones included (every run of text, code span and line break). Right after that parse,
 * {@link #keepWhereNeeded} drops them from the inline nodes no message names (the checks name
 * links, images and inline HTML; version tags take their lines while they are parsed), so they die
 * young.
 */
public final class Lines {
  private Lines() {}

  /** The 0-based line of {@code node} in the parsed body: its own span's, else its parent's. */
  public static int index(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.getSourceSpans().isEmpty()) {
        return n.getSourceSpans().get(0).getLineIndex();
      }
    }
    return 0;
  }

  /**
   * Drops the spans of the inline nodes of {@code document} other than links, images, inline HTML
   * and extensions' nodes; blocks keep theirs.
   */
  static void keepWhereNeeded(Node document) {
    Node node = document;
    while (node != null) {
      if (!(node instanceof Block
          || node instanceof Link
          || node instanceof Image
          || node instanceof HtmlInline
          || node instanceof CustomNode)) {
        node.setSourceSpans(java.util.List.of());
      }
      // Depth first, without recursion.
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != null && node != document && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == null || node == document ? null : node.getNext();
    }
  }
}
