package course.site.markdown;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Headings get an {@code id} (commonmark's heading-anchor {@link IdGenerator}: GitHub-style, unique
 * per page) and a self-link {@code <a class="anchor" href="#id">}. {@link #ids} gives the same ids
 * to the strict build, so a link is checked against exactly what the page will contain.
 */
public final class HeadingAnchors implements HtmlRenderer.HtmlRendererExtension {

  /** The id of every heading of {@code document}, in document order. */
  public static Map<Heading, String> ids(Node document) {
    IdGenerator generator = IdGenerator.builder().build();
    Map<Heading, String> ids = new IdentityHashMap<>();
    for (Heading heading : Blocks.of(document, Heading.class)) {
      ids.put(heading, generator.generateId(text(heading)));
    }
    return ids;
  }

  /** The plain text of a heading, as the id generator expects it. */
  public static String text(Node node) {
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
        });
    return sb.toString();
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private Map<Heading, String> ids;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
      Heading heading = (Heading) node;
      if (ids == null) {
        Node root = heading;
        while (root.getParent() != null) {
          root = root.getParent();
        }
        ids = ids(root);
      }
      String id = ids.get(heading);
      String tag = "h" + heading.getLevel();
      var html = context.getWriter();
      html.line();
      html.tag(tag, context.extendAttributes(heading, tag, Attrs.of("id", id)));
      for (Node child = heading.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
      html.raw(" ");
      html.tag(
          "a", Attrs.of("class", "anchor", "href", "#" + id, "aria-label", "Link to this section"));
      html.text("#");
      html.tag("/a");
      html.tag("/" + tag);
      html.line();
    }
  }
}
