package course.site.markdown;

import course.site.Spaces;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a document, code included: what the search index holds for a page. */
public final class PlainText {
  private PlainText() {}

  /** The text of every heading in {@code node}, separated by spaces (weighed more by search). */
  public static String headings(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            sb.append(of(heading)).append(' ');
          }
        });
    return sb.toString().strip();
  }

  /** Text and code of {@code node}, blocks separated by spaces. */
  public static String of(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(FencedCodeBlock block) {
            sb.append(' ').append(block.getLiteral()).append(' ');
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            sb.append(' ').append(block.getLiteral()).append(' ');
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.append(' ');
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent.getNext() != null && !(parent instanceof Text)) {
              sb.append(' ');
            }
          }
        });
    return Spaces.single(sb);
  }
}
