package course.site.generate;

import course.site.markdown.Markdown;
import course.site.markdown.PlainText;
import course.site.search.SearchIndex;
import java.util.List;
import org.commonmark.node.Node;

/**
 * What the site takes from a page's parsed body, made on the thread that parsed it: its HTML, its
 * search terms, whether it runs a simulator and its version tags. The parsed document is garbage
 * before the next page: kept for every page until the writing, the documents of a large course
 * outlived young collections and were copied from one space to the next (a 1,000-lesson build spent
 * a tenth of its time collecting them).
 *
 * @param html the body rendered, links already rewritten for the page's output
 * @param terms the page's search terms, or null when the page is not searched (home, parts)
 * @param simulator whether the body holds a Raft simulator (the page then links the replay page)
 * @param tags the body's version tags, for the changes page
 */
record Body(String html, SearchIndex.Terms terms, boolean simulator, List<ChangesPage.Tag> tags) {
  /**
   * The body of the page {@code output} titled {@code title} from its {@code document} (checked,
   * links rewritten); its terms numbered by {@code dictionary}, or none when that is null.
   */
  static Body of(
      Node document,
      Markdown markdown,
      SearchIndex.Dictionary dictionary,
      String title,
      String output) {
    String html = Profile.time("render Markdown", () -> markdown.render(document));
    SearchIndex.Terms terms =
        dictionary == null
            ? null
            : Profile.time(
                "plain text, terms",
                () ->
                    dictionary.analyse(
                        title, PlainText.headings(document), PlainText.of(document)));
    return new Body(
        html, terms, ReplayPage.hasSimulator(document), ChangesPage.tags(document, title, output));
  }
}
