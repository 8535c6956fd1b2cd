package course.site.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * commonmark's inline parser with a shortcut for the commonest inline content of a course: text and
 * code spans alone (a table cell, a heading, many list items and sentences). Such content becomes
 * what the library makes of it (text, code, soft and hard line breaks) without the library's set-up
 * for each piece of content (a fresh parser for each kind of inline syntax, a scanner, a map of
 * delimiters) or its scan of one character at a time through them. Any other content, and any whose
 * nodes are to carry source spans, goes to the library's parser ({@code InlineParserImpl}, the one
 * a {@link org.commonmark.parser.Parser} makes when it is given no factory). {@code
 * PlainInlinesTest} holds the two to the same trees.
 */
final class PlainInlines implements InlineParserFactory {
  /**
   * The characters of the library's own inline syntax: backslash escapes, code spans, entities,
   * autolinks and inline HTML, emphasis, links, images and line breaks. Made once: a parser is made
   * for every page.
   */
  private static final BitSet LIBRARY_SPECIAL = new BitSet();

  static {
    "\\`&<*_[]!\n".chars().forEach(LIBRARY_SPECIAL::set);
  }

  @Override
  public InlineParser create(InlineParserContext context) {
    // The library's special characters (those its inline parser stops at), and the extensions'.
    BitSet special = new BitSet();
    BitSet extensions = new BitSet();
    for (DelimiterProcessor processor : context.getCustomDelimiterProcessors()) {
      extensions.set(processor.getOpeningCharacter());
      extensions.set(processor.getClosingCharacter());
    }
    for (InlineContentParserFactory factory : context.getCustomInlineContentParserFactories()) {
      factory.getTriggerCharacters().forEach(extensions::set);
    }
    context.getCustomLinkMarkers().forEach(extensions::set);
    special.or(LIBRARY_SPECIAL);
    special.or(extensions);
    // A backtick starts one of the library's code spans unless an extension claims it too.
    return new Shortcut(new InlineParserImpl(context), special, !extensions.get('`'));
  }

  private static final class Shortcut implements InlineParser {
    private final InlineParser library;
    private final boolean[] asciiSpecial = new boolean[128];
    private final BitSet special;
    private final boolean anyAboveAscii;

    /** Whether a backtick starts a code span, the library's own (no extension claims it). */
    private final boolean codeSpans;

    Shortcut(InlineParser library, BitSet special, boolean codeSpans) {
      this.library = library;
      this.special = special;
      this.codeSpans = codeSpans;
      for (int c = special.nextSetBit(0); c >= 0 && c < 128; c = special.nextSetBit(c + 1)) {
        asciiSpecial[c] = true;
      }
      this.anyAboveAscii = special.nextSetBit(128) >= 0;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
      List<Node> nodes = lines.getSourceSpans().isEmpty() ? shortcut(lines.getLines()) : null;
      if (nodes == null) {
        library.parse(lines, block);
        return;
      }
      for (Node node : nodes) {
        block.appendChild(node);
      }
    }

    /**
     * The nodes the library makes of {@code lines} when they hold text and code spans alone, each
     * span a pair of single backticks on one line; null for any other content (any other inline
     * syntax, a longer run of backticks, a line that is blank or ends in blanks after a span).
     */
    private List<Node> shortcut(List<SourceLine> lines) {
      if (lines.isEmpty()) {
        return null;
      }
      List<Node> nodes = new ArrayList<>();
      int last = lines.size() - 1;
      for (int l = 0; l <= last; l++) {
        String line = lines.get(l).getContent().toString();
        int n = line.length();
        int from = 0; // where the text after the last code span starts
        for (int i = 0; i < n; ) {
          char c = line.charAt(i);
          if (c == '`' && codeSpans) {
            int close = line.indexOf('`', i + 1);
            if (close < 0 || close == i + 1 || (close + 1 < n && line.charAt(close + 1) == '`')) {
              return null;
            }
            if (i > from) {
              nodes.add(new Text(line.substring(from, i)));
            }
            nodes.add(new Code(codeLiteral(line.substring(i + 1, close))));
            i = close + 1;
            from = i;
          } else if (c < 128 ? asciiSpecial[c] : anyAboveAscii && special.get(c)) {
            return null;
          } else {
            i++;
          }
        }
        // As the library does: the text that ends a line loses its trailing spaces (the last
        // line's, its spaces and tabs), and two or more spaces make the line break a hard one.
        int end = n;
        while (end > from
            && (line.charAt(end - 1) == ' ' || (l == last && line.charAt(end - 1) == '\t'))) {
          end--;
        }
        if (n == 0 || (end == from && n > from)) {
          return null;
        }
        if (end > from) {
          nodes.add(new Text(line.substring(from, end)));
        }
        if (l < last) {
          nodes.add(n - end >= 2 ? new HardLineBreak() : new SoftLineBreak());
        }
      }
      return nodes;
    }

    /**
     * A code span's text as the library keeps it: one space off each end when it both starts and
     * ends with one and is not spaces alone.
     */
    private static String codeLiteral(String content) {
      int n = content.length();
      if (n >= 3 && content.charAt(0) == ' ' && content.charAt(n - 1) == ' ') {
        for (int i = 0; i < n; i++) {
          if (content.charAt(i) != ' ') {
            return content.substring(1, n - 1);
          }
        }
      }
      return content;
    }
  }
}
