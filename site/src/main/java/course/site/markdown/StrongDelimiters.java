package course.site.markdown;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * The emphasis of a run of two or more {@code *} or {@code _}, done as commonmark's own emphasis
 * processor does it (the same nodes, delimiters and source spans: {@code StrongDelimitersTest}
 * holds the two to the same trees). Registered beside the library's processor with a minimum length
 * of 2, so the parser hands it every opener of two or more and the library's processor the single
 * ones. Written here because the library makes a strong emphasis's delimiter with a string
 * concatenation whose first use generates some ten classes at run time, on the thread parsing the
 * page, and a start-up archive cannot keep them.
 */
final class StrongDelimiters implements DelimiterProcessor {
  private final char delimiter;
  private final String single;
  private final String twice;

  StrongDelimiters(char delimiter) {
    this.delimiter = delimiter;
    this.single = String.valueOf(delimiter);
    this.twice = new String(new char[] {delimiter, delimiter});
  }

  @Override
  public char getOpeningCharacter() {
    return delimiter;
  }

  @Override
  public char getClosingCharacter() {
    return delimiter;
  }

  @Override
  public int getMinLength() {
    return 2;
  }

  @Override
  public int process(DelimiterRun opener, DelimiterRun closer) {
    // CommonMark's "rule of 3": a run that can both open and close matches another only when
    // their lengths do not add up to a multiple of 3, unless both are.
    if ((opener.canClose() || closer.canOpen())
        && closer.originalLength() % 3 != 0
        && (opener.originalLength() + closer.originalLength()) % 3 == 0) {
      return 0;
    }
    int used;
    Node emphasis;
    if (opener.length() >= 2 && closer.length() >= 2) {
      used = 2;
      emphasis = new StrongEmphasis(twice);
    } else {
      used = 1;
      emphasis = new Emphasis(single);
    }
    SourceSpans spans = SourceSpans.empty();
    spans.addAllFrom(opener.getOpeners(used));
    Text openerText = opener.getOpener();
    for (Node node : Nodes.between(openerText, closer.getCloser())) {
      emphasis.appendChild(node);
      spans.addAll(node.getSourceSpans());
    }
    spans.addAllFrom(closer.getClosers(used));
    emphasis.setSourceSpans(spans.getSourceSpans());
    openerText.insertAfter(emphasis);
    return used;
  }
}
