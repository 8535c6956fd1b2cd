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
    for (Heading heading : Blocks.of(node, Heading.class)) {
      sb.append(of(heading, 64)).append(' ');
    }
    return sb.toString().strip();
  }

  /** Text and code of {@code node}, blocks separated by spaces, single-spaced. */
  public static String of(Node node) {
    return of(node, 4096);
  }

  /** As {@link #of(Node)}, gathered in a buffer of {@code capacity} characters to begin with. */
  private static String of(Node node, int capacity) {
    Spaced sb = new Spaced(capacity);
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
            sb.space();
            sb.append(block.getLiteral());
            sb.space();
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            sb.space();
            sb.append(block.getLiteral());
            sb.space();
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.space();
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.space();
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent.getNext() != null && !(parent instanceof Text)) {
              sb.space();
            }
          }
        });
    return sb.toString();
  }

  /**
   * Text single-spaced as it is appended: what {@link Spaces#single} gives for the whole text,
   * without a copy of it to scan afterwards. Words go in whole; a run of white space becomes one
   * space before the next word.
   */
  private static final class Spaced {
    private final StringBuilder sb;
    private boolean space;

    Spaced(int capacity) {
      sb = new StringBuilder(capacity);
    }

    void space() {
      space = true;
    }

    void append(String s) {
      int n = s.length();
      int start = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (!Spaces.isSpace(c)) {
          continue;
        }
        // One space between two words stays in the run: the run goes in whole, as its words and
        // single spaces would.
        if (c == ' ' && i > start && i + 1 < n && !Spaces.isSpace(s.charAt(i + 1))) {
          continue;
        }
        word(s, start, i);
        space = true;
        start = i + 1;
      }
      word(s, start, n);
    }

    private void word(String s, int start, int end) {
      if (end > start) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.append(s, start, end);
      }
    }

    @Override
    public String toString() {
      return sb.toString().strip();
    }
  }
}
