package course.site.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The configured commonmark {@link Parser} and {@link HtmlRenderer} of a site build (the parser in
 * two kinds: {@link #parse} and {@link #parseExact}, the same but for the lines they record). Every
 * site feature is an extension registered here: GFM tables, heading anchors, admonitions,
 * build-time highlighting, quiz blocks, Raft simulators and version tags. All are immutable and
 * thread-safe, so one instance serves every page of a build.
 */
public final class Markdown {
  private final Parser parser;
  private final Parser exactParser;
  private final HtmlRenderer renderer;

  /** A parser and renderer with every site extension. */
  public Markdown() {
    // Inline Markdown inside quiz questions is parsed with a plain parser (no quiz in a quiz).
    Parser inline =
        siteInlines(Parser.builder()).extensions(List.of(TablesExtension.create())).build();
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            new HeadingAnchors(),
            new Admonitions(),
            new CodeHighlighting(),
            new Quizzes(inline),
            new RaftSims(),
            new VersionTags());
    this.parser = parser(extensions, IncludeSourceSpans.BLOCKS);
    this.exactParser = parser(extensions, IncludeSourceSpans.BLOCKS_AND_INLINES);
    this.renderer = HtmlRenderer.builder().extensions(extensions).build();
  }

  private static Parser parser(List<Extension> extensions, IncludeSourceSpans spans) {
    return siteInlines(Parser.builder()).extensions(extensions).includeSourceSpans(spans).build();
  }

  /**
   * {@code builder} with the site's inline parsing: {@link StrongDelimiters}, and the library's
   * inline parser behind {@link PlainInlines}' shortcut for text and code spans alone.
   */
  static Parser.Builder siteInlines(Parser.Builder builder) {
    return strongDelimiters(builder).inlineParserFactory(new PlainInlines());
  }

  /** {@code builder} with {@link StrongDelimiters} for {@code *} and {@code _}. */
  static Parser.Builder strongDelimiters(Parser.Builder builder) {
    return builder
        .customDelimiterProcessor(new StrongDelimiters('*'))
        .customDelimiterProcessor(new StrongDelimiters('_'));
  }

  /**
   * Parses a Markdown body, recording the lines of blocks only: {@link Lines#index} gives an inline
   * node (a link, an image) the first line of its paragraph or cell. The same tree as {@link
   * #parseExact}, about a fifth faster to parse (the parser makes no span for each run of text):
   * the build parses every page so, and a page again with {@link #parseExact} when it has a problem
   * to report.
   */
  public Node parse(String text) {
    return parser.parse(text);
  }

  /**
   * Parses a Markdown body; {@link Lines#index} gives each node its own line (0-based in {@code
   * text}), for the messages that name one.
   */
  public Node parseExact(String text) {
    Node document = exactParser.parse(text);
    Lines.keepWhereNeeded(document);
    return document;
  }

  /** As {@link #parseExact}, every node keeping its span: for a test of {@link Lines}. */
  Node parseKeepingEverySpan(String text) {
    return exactParser.parse(text);
  }

  /**
   * Renders a (possibly rewritten) document to an HTML fragment. Into a buffer of a lesson's usual
   * size: the renderer's own starts at 16 characters and doubles its way up, copying as it goes.
   */
  public String render(Node document) {
    StringBuilder html = new StringBuilder(1 << 14);
    renderer.render(document, html);
    return html.toString();
  }
}
