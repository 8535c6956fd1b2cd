package course.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * The shared step of the fenced extensions ({@code quiz}, {@code raft-sim}): every fenced code
 * block of one language is replaced by the node read from its text, or, when the text has a {@link
 * FenceProblem}, by the node that carries the problem for the strict build to report.
 */
final class FencedBlocks {
  private FencedBlocks() {}

  /**
   * @param read builds the node from the block's text and the 0-based line of its first text line
   * @param failed builds the node for a problem's message and 0-based line
   */
  static void replace(
      Node document,
      String language,
      BiFunction<String, Integer, Node> read,
      BiFunction<String, Integer, Node> failed) {
    List<FencedCodeBlock> blocks = new ArrayList<>();
    for (FencedCodeBlock block : Blocks.of(document, FencedCodeBlock.class)) {
      if (CodeHighlighting.language(block.getInfo()).equals(language)) {
        blocks.add(block);
      }
    }
    for (FencedCodeBlock block : blocks) {
      int fenceLine =
          block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex();
      Node node;
      try {
        node = read.apply(block.getLiteral(), fenceLine + 1);
      } catch (FenceProblem e) {
        node = failed.apply(e.getMessage(), e.line);
      }
      node.setSourceSpans(block.getSourceSpans());
      block.insertBefore(node);
      block.unlink();
    }
  }
}
