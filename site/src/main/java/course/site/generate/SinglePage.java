package course.site.generate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The single-page edition ({@code all.html}): each page's article is moved to the site root with
 * its ids prefixed by the page's id, links to other pages rewritten to in-page anchors ({@code
 * #raft--terms-and-roles--votes}) and other relative links (images, downloads) rebased to the root.
 * jsoup does the HTML, so rewriting never depends on how an attribute happens to be written.
 */
final class SinglePage {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private final Map<String, String> pageIds;

  /**
   * @param pageIds the id of each page of the edition, by output path
   */
  SinglePage(Map<String, String> pageIds) {
    this.pageIds = Map.copyOf(pageIds);
  }

  /** The article {@code html} of page {@code output}, rewritten for {@code all.html}. */
  String rewrite(String output, String html) {
    String pageId = pageIds.get(output);
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element e : doc.body().select("[id]")) {
      e.attr("id", pageId + "--" + e.attr("id"));
    }
    for (Element a : doc.body().select("a[href]")) {
      a.attr("href", link(output, pageId, a.attr("href")));
    }
    for (Element e : doc.body().select("[src]")) {
      String src = e.attr("src");
      if (!SCHEME.matcher(src).matches() && !src.startsWith("#")) {
        e.attr("src", SitePaths.resolve(SitePaths.dir(output), src).orElse(src));
      }
    }
    return doc.body().html();
  }

  private String link(String output, String pageId, String href) {
    if (href.startsWith("#")) {
      return href.length() == 1 ? "#" + pageId : "#" + pageId + "--" + href.substring(1);
    }
    if (SCHEME.matcher(href).matches() || href.isEmpty()) {
      return href;
    }
    String path = href;
    String fragment = "";
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    Optional<String> target = SitePaths.resolve(SitePaths.dir(output), path);
    if (target.isEmpty()) {
      return href;
    }
    String targetId = pageIds.get(target.get());
    if (targetId == null) {
      return target.get() + (hash >= 0 ? "#" + fragment : "");
    }
    return fragment.isEmpty() ? "#" + targetId : "#" + targetId + "--" + fragment;
  }
}
