package course.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Admonitions in GitHub's alert syntax: a block quote whose first line is {@code [!NOTE]}, {@code
 * [!TIP]}, {@code [!WARNING]} or {@code [!MISTAKES]} becomes {@code <aside class="admonition note"
 * role="note">} with a title. Any other block quote stays a block quote, so plain Markdown renders
 * the same everywhere.
 */
public final class Admonitions
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)\\]\\s*");

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new Finder());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  private static final class Finder implements PostProcessor {
    @Override
    public Node process(Node document) {
      for (BlockQuote quote : Blocks.of(document, BlockQuote.class)) {
        convert(quote);
      }
      return document;
    }

    private static void convert(BlockQuote quote) {
      if (!(quote.getFirstChild() instanceof Paragraph first)) {
        return;
      }
      // The marker may be split over several text nodes ("[", "!NOTE", "]").
      List<Node> lead = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      Node node = first.getFirstChild();
      while (node instanceof Text t) {
        lead.add(t);
        text.append(t.getLiteral());
        node = node.getNext();
      }
      Matcher m = MARKER.matcher(text);
      if (!m.lookingAt()) {
        return;
      }
      Admonition.Kind kind;
      try {
        kind = Admonition.Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return;
      }
      String rest = text.substring(m.end());
      lead.forEach(Node::unlink);
      if (!rest.isEmpty()) {
        first.prependChild(new Text(rest));
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        node.unlink();
        // The paragraph now starts on the marker's next line (a paragraph has a span per line):
        // its inline nodes' lines count from there (see Lines).
        List<org.commonmark.node.SourceSpan> spans = first.getSourceSpans();
        if (spans.size() > 1) {
          first.setSourceSpans(new ArrayList<>(spans.subList(1, spans.size())));
        }
      }
      if (first.getFirstChild() == null) {
        first.unlink();
      }
      Admonition admonition = new Admonition(kind);
      admonition.setSourceSpans(quote.getSourceSpans());
      for (Node child = quote.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        admonition.appendChild(child);
        child = next;
      }
      quote.insertBefore(admonition);
      quote.unlink();
    }
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Admonition.class);
    }

    @Override
    public void render(Node node) {
      Admonition admonition = (Admonition) node;
      var html = context.getWriter();
      html.line();
      html.tag(
          "aside", Attrs.of("class", "admonition " + admonition.kind().cssClass(), "role", "note"));
      html.line();
      html.tag("p", Attrs.of("class", "admonition-title"));
      html.text(admonition.kind().title());
      html.tag("/p");
      html.line();
      for (Node child = node.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
      html.tag("/aside");
      html.line();
    }
  }
}
