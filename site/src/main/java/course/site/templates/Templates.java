package course.site.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import course.site.SiteResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page templates ({@code course/site/templates/*.mustache} on the class path), rendered with
 * mustache.java: every {@code {{value}}} is HTML-escaped, so page text never needs escaping by
 * hand; only Markdown rendered by the build goes in through {@code {{{...Html}}}}.
 */
public final class Templates {
  /** Where the templates are among the site's files. */
  private static final String FOLDER = "course/site/templates/";

  private final MustacheFactory factory = new DefaultMustacheFactory(Templates::reader);

  /**
   * A template's text, as mustache.java's class-path resolver would find it (names and partials
   * relative to {@value #FOLDER}), read with {@link SiteResources}; null when there is none.
   */
  private static java.io.Reader reader(String name) {
    byte[] text = SiteResources.read(java.net.URI.create(FOLDER + name).normalize().getPath());
    return text == null
        ? null
        : new java.io.StringReader(new String(text, java.nio.charset.StandardCharsets.UTF_8));
  }

  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** Every template of the site, by name. */
  static final List<String> NAMES =
      List.of(
          "changes",
          "edition",
          "exercise",
          "grading",
          "home",
          "lesson",
          "navgroup",
          "page",
          "part",
          "replay");

  /**
   * Compiles every template now: a build does it on a thread of its own while the course is read,
   * so the threads writing pages do not wait on one another for the first use of each.
   */
  public void compileAll() {
    for (String name : NAMES) {
      compiled(name);
    }
  }

  private Mustache compiled(String name) {
    return compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
  }

  /** Renders template {@code name} (without {@code .mustache}) with {@code model}. */
  public String render(String name, Object model) {
    return render(name, model, 16);
  }

  /**
   * As {@link #render(String, Object)}, into a buffer of {@code capacity} characters to start with:
   * a large text (all.html's articles) is then not copied each time the buffer doubles.
   */
  public String render(String name, Object model, int capacity) {
    TextWriter out = new TextWriter(capacity);
    render(name, model, out);
    return out.text.toString();
  }

  /**
   * A writer into a {@link StringBuilder}: {@link java.io.StringWriter} appends to a {@link
   * StringBuffer}, which takes its lock for each of the template's many small writes.
   */
  private static final class TextWriter extends Writer {
    final StringBuilder text;

    TextWriter(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence s) {
      text.append(s);
      return this;
    }

    @Override
    public Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Renders template {@code name} with {@code model} into {@code out} (flushed, not closed): a page
   * goes straight to its file, without a string of the whole page and its UTF-8 copy.
   */
  public void render(String name, Object model, Writer out) {
    Mustache mustache = compiled(name);
    mustache.execute(out, model);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
