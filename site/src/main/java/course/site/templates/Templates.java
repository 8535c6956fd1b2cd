package course.site.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page templates ({@code course/site/templates/*.mustache} on the class path), rendered with
 * mustache.java: every {@code {{value}}} is HTML-escaped, so page text never needs escaping by
 * hand; only Markdown rendered by the build goes in through {@code {{{...Html}}}}.
 */
public final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("course/site/templates");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** Renders template {@code name} (without {@code .mustache}) with {@code model}. */
  public String render(String name, Object model) {
    Mustache mustache = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    return out.toString();
  }
}
