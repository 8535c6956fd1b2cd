package course.site.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The blocks of one type in a document, found without walking the inline content of paragraphs and
 * headings: most of a page's nodes are runs of text inside them, and what looked for a kind of
 * block (admonitions' quotes, quiz and simulator fences, headings, simulators) walked every one.
 */
public final class Blocks {
  private Blocks() {}

  /** Every block of {@code type} under {@code document}, in document order (outer before inner). */
  public static <T extends Block> List<T> of(Node document, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(document, type, found);
    return found;
  }

  private static <T extends Block> void collect(Node parent, Class<T> type, List<T> found) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (type.isInstance(node)) {
        found.add(type.cast(node));
      }
      if (node instanceof Block && !(node instanceof Paragraph) && !(node instanceof Heading)) {
        collect(node, type, found);
      }
    }
  }
}
