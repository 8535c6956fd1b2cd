package course.site.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Version tags in running text: {@code {since=3.7}} marks a claim that holds from Kafka 3.7 on,
 * {@code {until=3.9}} one that held before 3.9. Kafka's behaviour changed across 3.x and 4.x, so a
 * claim whose truth depends on the release says which release. A tag inside code is text.
 */
public final class VersionTags
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private static final Pattern TAG = Pattern.compile("\\{(since|until)=([^}\\s]*)\\}");
  private static final Pattern VERSION = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){1,2}");

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new Finder());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  /** Every tag of {@code document}, in document order. */
  public static List<VersionTag> in(Node document) {
    List<VersionTag> tags = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof VersionTag tag) {
              tags.add(tag);
            }
            visitChildren(node);
          }
        });
    return tags;
  }

  private static final class Finder implements PostProcessor {
    @Override
    public Node process(Node document) {
      List<Text> texts = new ArrayList<>();
      document.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text text) {
              if (text.getLiteral().contains("{since=") || text.getLiteral().contains("{until=")) {
                texts.add(text);
              }
            }
          });
      texts.forEach(Finder::split);
      return document;
    }

    private static void split(Text text) {
      String literal = text.getLiteral();
      int line = Lines.index(text);
      Matcher m = TAG.matcher(literal);
      int at = 0;
      Node last = text;
      while (m.find()) {
        String before = literal.substring(at, m.start());
        String version = m.group(2);
        String error =
            VERSION.matcher(version).matches()
                ? null
                : "malformed version tag '"
                    + m.group()
                    + "': write a Kafka release such as {"
                    + m.group(1)
                    + "=3.7}";
        VersionTag tag =
            new VersionTag(
                VersionTag.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), version, error, line);
        if (!before.isEmpty()) {
          Text t = new Text(before);
          last.insertAfter(t);
          last = t;
        }
        last.insertAfter(tag);
        last = tag;
        at = m.end();
      }
      if (at == 0) {
        return;
      }
      if (at < literal.length()) {
        last.insertAfter(new Text(literal.substring(at)));
      }
      text.unlink();
    }
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlWriter html;

    Renderer(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(VersionTag.class);
    }

    @Override
    public void render(Node node) {
      VersionTag tag = (VersionTag) node;
      html.raw(
          "<span class=\"version-tag\" title=\""
              + (tag.kind() == VersionTag.Kind.SINCE
                  ? "Holds from Kafka " + tag.version() + " on"
                  : "Held before Kafka " + tag.version())
              + "\">");
      html.text(tag.label());
      html.raw("</span>");
    }
  }
}
