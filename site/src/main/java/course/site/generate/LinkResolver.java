package course.site.generate;

import course.catalog.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Checks and rewrites the links and images of one page. Authors link to source files ({@code
 * 02-elections.md#votes}, {@code ../../exercises/height-checker/exercise.md}, {@code img/x.png});
 * the page gets the relative link to the output file. A link that cannot work offline is a problem:
 * a missing page or file, a file that is never published, a root-relative path, a remote image (in
 * an exercise statement a web image becomes a link to it instead). Anchors are checked later, once
 * every page's headings are known.
 */
final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
  private static final Pattern REMOTE = Pattern.compile("(?i)(^|[\\s,(])(https?:)?//");

  /** A link to {@code #fragment} of page {@code target}, to check when all ids are known. */
  record AnchorRef(String target, String fragment, String file, int line) {}

  private final Path root;
  private final Set<String> pages;
  private final Consumer<Problem> problems;
  private final List<AnchorRef> anchors = new ArrayList<>();

  /**
   * @param pages the output paths of every page of the site
   */
  LinkResolver(Path root, Set<String> pages, Consumer<Problem> problems) {
    this.root = root;
    this.pages = pages;
    this.problems = problems;
  }

  /** Anchor references found so far. */
  List<AnchorRef> anchors() {
    return anchors;
  }

  /** Rewrites the links of {@code document} from {@code source} for the page {@code output}. */
  void resolve(Node document, String source, String output, int bodyLine) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            String to = rewrite(link, link.getDestination(), false, source, output, bodyLine);
            link.setDestination(to);
            visitChildren(link);
          }

          @Override
          public void visit(HtmlBlock html) {
            rawHtml(html, html.getLiteral(), source, bodyLine);
          }

          @Override
          public void visit(HtmlInline html) {
            rawHtml(html, html.getLiteral(), source, bodyLine);
          }

          @Override
          public void visit(Image image) {
            if (source.startsWith("exercises/") && isWebAddress(image.getDestination())) {
              linkInstead(image);
              return;
            }
            image.setDestination(
                rewrite(image, image.getDestination(), true, source, output, bodyLine));
            visitChildren(image);
          }
        });
  }

  private static boolean isWebAddress(String destination) {
    String d = destination == null ? "" : destination.toLowerCase(java.util.Locale.ROOT);
    return d.startsWith("http://") || d.startsWith("https://");
  }

  /**
   * An exercise statement brought from elsewhere may embed a web image; the site loads nothing from
   * the network, so it becomes a link to the image whose text is the alt text (or the address when
   * there is none): readable offline, one click away online.
   */
  private static void linkInstead(Image image) {
    Link link = new Link(image.getDestination(), image.getTitle());
    Node child = image.getFirstChild();
    if (child == null) {
      link.appendChild(new Text(image.getDestination()));
    }
    while (child != null) {
      Node next = child.getNext();
      link.appendChild(child);
      child = next;
    }
    image.insertBefore(link);
    image.unlink();
  }

  private String rewrite(
      Node node, String destination, boolean image, String source, String output, int bodyLine) {
    int line = bodyLine + lineIndex(node);
    String what = image ? "image" : "link";
    if (destination == null || destination.isBlank()) {
      problems.accept(new Problem(source, line, "empty " + what + "; give it a target"));
      return "";
    }
    if (destination.startsWith("#")) {
      if (!image) {
        anchors.add(new AnchorRef(output, destination.substring(1), source, line));
      }
      return destination;
    }
    if (SCHEME.matcher(destination).matches()) {
      if (image) {
        problems.accept(
            new Problem(
                source,
                line,
                "remote image '"
                    + destination
                    + "': the site loads nothing from the network; save the file next to the"
                    + " lesson and link it relatively"));
      }
      return destination;
    }
    if (destination.startsWith("/") || destination.startsWith("\\")) {
      problems.accept(
          new Problem(
              source,
              line,
              what
                  + " '"
                  + destination
                  + "' starts with '/', which points at the disk's root under file://; write it"
                  + " relative to this file"));
      return destination;
    }
    String path = destination;
    String fragment = null;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    Optional<String> target = SitePaths.resolve(SitePaths.dir(source), path);
    if (target.isEmpty()) {
      problems.accept(
          new Problem(source, line, what + " '" + destination + "' leaves the course folder"));
      return destination;
    }
    Optional<String> out = SitePaths.output(target.get());
    if (out.isEmpty()) {
      problems.accept(
          new Problem(
              source,
              line,
              what
                  + " '"
                  + destination
                  + "' points at "
                  + target.get()
                  + ", which is never published (only content/ and the exercise page, starter/"
                  + " and tests/ are); link to a lesson, an exercise.md or a starter file"));
      return destination;
    }
    boolean isPage = target.get().endsWith(".md");
    if (isPage ? !pages.contains(out.get()) : !Files.isRegularFile(root.resolve(target.get()))) {
      String hint =
          isPage
              ? "no such lesson or page; check the file name (links point at the .md file)"
              : "no such file; check the path (relative to this file)";
      problems.accept(
          new Problem(
              source,
              line,
              (image ? "missing image" : "broken link") + " '" + destination + "': " + hint));
      return destination;
    }
    if (image && isPage) {
      problems.accept(
          new Problem(source, line, "image '" + destination + "' is a page, not an image file"));
      return destination;
    }
    if (fragment != null && !fragment.isEmpty() && isPage) {
      anchors.add(new AnchorRef(out.get(), fragment, source, line));
    }
    String rewritten = SitePaths.relative(output, out.get());
    return fragment == null ? rewritten : rewritten + "#" + fragment;
  }

  /**
   * Raw HTML is passed through as written, so it is only checked: nothing in it may load from the
   * network (the site must work offline), and a relative {@code src} must name a file that exists.
   */
  private void rawHtml(Node node, String html, String source, int bodyLine) {
    if (!namesWhatIsChecked(html)) {
      return;
    }
    int line = bodyLine + lineIndex(node);
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    for (org.jsoup.nodes.Element e : doc.body().select(Selectors.SOURCES)) {
      for (String attr : List.of("src", "srcset", "poster", "data")) {
        String value = e.attr(attr).strip();
        if (value.isEmpty()) {
          continue;
        }
        if (REMOTE.matcher(value).find()) {
          problems.accept(
              new Problem(
                  source,
                  line,
                  "<"
                      + e.tagName()
                      + " "
                      + attr
                      + "=\""
                      + value
                      + "\"> loads from the network; the site must work offline: save the file"
                      + " next to the lesson and use a relative path"));
        } else if (attr.equals("src") && !SCHEME.matcher(value).matches()) {
          Optional<String> target = SitePaths.resolve(SitePaths.dir(source), value);
          if (target.isEmpty() || !Files.isRegularFile(root.resolve(target.get()))) {
            problems.accept(
                new Problem(
                    source,
                    line,
                    "<" + e.tagName() + " src=\"" + value + "\">: no such file; check the path"));
          }
        }
      }
    }
    for (org.jsoup.nodes.Element e : doc.body().select(Selectors.EMBEDS)) {
      String text = e.tagName().equals("style") ? e.data() : e.attr("href") + e.attr("src");
      if (REMOTE.matcher(text).find() || text.contains("url(http") || text.contains("@import")) {
        problems.accept(
            new Problem(
                source,
                line,
                "<"
                    + e.tagName()
                    + "> loads from the network; the site must work offline: remove it"));
      }
    }
  }

  /** The attributes and elements {@link #rawHtml} checks, as jsoup selectors. */
  static final String SOURCES = "[src], [srcset], [poster], [data]";

  static final String EMBEDS = "link[href], style, iframe, object, embed";

  /** The names in {@link #SOURCES} and {@link #EMBEDS} ({@code srcset} holds {@code src}). */
  private static final String[] CHECKED_NAMES = {
    "src", "poster", "data", "link", "style", "iframe", "object", "embed"
  };

  /**
   * Whether {@code html} holds, in any case, a name of an attribute or element the checks look at.
   * Most raw HTML in a course ({@code <details>}, {@code <summary>}, {@code <kbd>}) holds none: it
   * has nothing to check, and jsoup is not needed (making its tables the first time took about 25
   * ms of CPU in a build). jsoup finds an element only by a name written in it (character
   * references do not count in names, and its lower-casing matches no more than a comparison that
   * ignores case).
   */
  static boolean namesWhatIsChecked(String html) {
    for (String name : CHECKED_NAMES) {
      for (int i = 0, last = html.length() - name.length(); i <= last; i++) {
        if (html.regionMatches(true, i, name, 0, name.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The selectors, parsed once, and jsoup loaded only when some raw HTML needs it. */
  private static final class Selectors {
    static final org.jsoup.select.Evaluator SOURCES =
        org.jsoup.select.QueryParser.parse(LinkResolver.SOURCES);
    static final org.jsoup.select.Evaluator EMBEDS =
        org.jsoup.select.QueryParser.parse(LinkResolver.EMBEDS);
  }

  /** The 0-based line of a node in the parsed body. */
  static int lineIndex(Node node) {
    return course.site.markdown.Lines.index(node);
  }
}
