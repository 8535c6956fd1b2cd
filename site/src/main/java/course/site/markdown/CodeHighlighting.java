package course.site.markdown;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Fenced code is highlighted at build time, so pages need no client-side highlighter: {@code <pre
 * class="code"><code class="language-x">} with {@code <span class="tok-...">} inside. Java goes
 * through javaparser's lexer; shell, properties and JSON through small scanners; any other language
 * is escaped as plain text. ({@code quiz} and {@code raft-sim} blocks never get here: their
 * extensions replace them.)
 */
public final class CodeHighlighting implements HtmlRenderer.HtmlRendererExtension {
  /** Compiled once: String.split compiles its expression on every call, once per code block. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  /** The language of a fence's info string: its first word, lower case; empty when none. */
  static String language(String info) {
    if (info == null || info.isBlank()) {
      return "";
    }
    return SPACES.split(info.strip(), 2)[0].toLowerCase(Locale.ROOT);
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
      FencedCodeBlock block = (FencedCodeBlock) node;
      String language = language(block.getInfo());
      var html = context.getWriter();
      html.line();
      html.tag("pre", Attrs.of("class", "code"));
      html.tag("code", language.isEmpty() ? Attrs.of() : Attrs.of("class", "language-" + language));
      html.raw(Highlighter.highlight(language, block.getLiteral()));
      html.tag("/code");
      html.tag("/pre");
      html.line();
    }
  }
}
