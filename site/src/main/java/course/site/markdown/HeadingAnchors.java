package course.site.markdown;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Headings get an {@code id} (GitHub-style, unique per page: see {@link Ids}) and a self-link
 * {@code <a class="anchor" href="#id">}. {@link #ids} gives the same ids to the strict build, so a
 * link is checked against exactly what the page will contain.
 */
public final class HeadingAnchors implements HtmlRenderer.HtmlRendererExtension {

  /** The id of every heading of {@code document}, in document order. */
  public static Map<Heading, String> ids(Node document) {
    Ids generator = new Ids();
    Map<Heading, String> ids = new IdentityHashMap<>();
    for (Heading heading : Blocks.of(document, Heading.class)) {
      ids.put(heading, generator.next(text(heading)));
    }
    return ids;
  }

  /**
   * The ids of one page's headings, as commonmark's heading-anchor {@code IdGenerator} makes them
   * (the site's anchors have always been its ids; {@code HeadingIdsTest} holds the two to the same
   * ids): the text lower-cased, spaces made {@code -}, then only word characters (Unicode's),
   * {@code -} and {@code _} kept; {@code id} for a heading left empty; the second use of an id gets
   * {@code -1}, the third {@code -2}. Written here because the library compiles its regular
   * expression for each page, matches it for each heading, and makes its ids with string
   * concatenations whose first use generates some 13 classes at run time, which a start-up archive
   * cannot keep. One difference: the text is lower-cased in the root locale, where the library uses
   * the machine's (which would give a Turkish machine other anchors for an English heading with an
   * I).
   */
  static final class Ids {
    private final Map<String, Integer> uses = new HashMap<>();

    /** The id of the next heading, whose text is {@code text}. */
    String next(String text) {
      String id = normalized(text);
      if (id.isEmpty()) {
        id = "id";
      }
      Integer before = uses.get(id);
      if (before == null) {
        uses.put(id, 1);
        return id;
      }
      uses.put(id, before + 1);
      return id + "-" + before;
    }

    static String normalized(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      StringBuilder id = new StringBuilder(lower.length());
      for (int i = 0; i < lower.length(); ) {
        int c = lower.codePointAt(i);
        i += Character.charCount(c);
        if (c == ' ') {
          id.append('-');
        } else if (c == '-' || isWord(c)) {
          id.appendCodePoint(c);
        }
      }
      return id.toString();
    }

    /**
     * {@code \w} with {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS}, as the JDK has it.
     */
    private static boolean isWord(int c) {
      if (c < 0x80) {
        return (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '_';
      }
      if (Character.isAlphabetic(c) || c == 0x200C || c == 0x200D) {
        return true;
      }
      int type = Character.getType(c);
      return type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.CONNECTOR_PUNCTUATION;
    }
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
