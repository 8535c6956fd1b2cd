package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * all.html's rewrite of each article: a scan of the tags for the HTML the build writes, jsoup for
 * anything else, the same markup either way.
 */
class SinglePageTest {
  @TempDir Path tmp;

  private static final Map<String, String> IDS =
      Map.of(
          "lessons/raft/01-terms.html", "raft--terms",
          "lessons/raft/02-votes.html", "raft--votes",
          "index.html", "home");

  @Test
  void theTagScanRewritesEveryArticleOfTheRealCourseAsJsoupDoes() throws IOException {
    Path out = tmp.resolve("site");
    SiteBuilder.Result result = new SiteBuilder(TestCourses.realCourse()).build(out);
    assertThat(result.problems()).isEmpty();
    Map<String, String> articles = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String output = out.relativize(f).toString().replace('\\', '/');
        String html = Files.readString(f);
        int start = html.indexOf("<article");
        int end = html.lastIndexOf("</article>");
        // The pages of the edition (the replay and changes pages are not in it).
        boolean inEdition =
            output.equals("index.html")
                || output.startsWith("lessons/")
                || output.startsWith("exercises/");
        if (inEdition && start >= 0 && end > start) {
          articles.put(output, html.substring(start, end + "</article>".length()));
        }
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    articles.keySet().forEach(o -> ids.put(o, o.replace(".html", "").replace('/', '-')));
    SinglePage single = new SinglePage(ids);
    List<String> fallbacks = new ArrayList<>();
    for (Map.Entry<String, String> e : articles.entrySet()) {
      String scanned = single.scan(e.getKey(), e.getValue());
      if (scanned == null) {
        fallbacks.add(e.getKey());
        continue;
      }
      assertThat(normalised(scanned))
          .as("%s rewritten by the scan and by jsoup", e.getKey())
          .isEqualTo(normalised(single.withJsoup(e.getKey(), e.getValue())));
    }
    assertThat(articles).hasSizeGreaterThan(40);
    // The build's own HTML never needs jsoup.
    assertThat(fallbacks).isEmpty();
  }

  @Test
  void idsLinksAndSourcesAreRewrittenAndTheRestIsCopiedAsItIs() {
    String html =
        "<h2 id=\"votes\">Votes <a href=\"#votes\" class=\"anchor\">#</a></h2>"
            + "<p>See <a href=\"02-votes.html#terms&amp;x\">votes</a>, <a href=\"02-votes.html\">"
            + "the page</a>, <a href=\"../../index.html\">home</a>, <a href=\"https://raft.github"
            + ".io/?a=1&amp;b=2\">Raft</a> &amp; <code>&lt;T&gt;</code><br />"
            + "<img src=\"img/roles.svg\" alt=\"a &quot;role&quot;\"></p>"
            + "<figure data-scenario=\"{&quot;id&quot;:1}\"></figure>"
            + "<details open><summary>Hint</summary><A HREF='02-votes.html'>x</A></details>";
    String scanned = new SinglePage(IDS).scan("lessons/raft/01-terms.html", html);
    assertThat(scanned)
        .isEqualTo(
            "<h2 id=\"raft--terms--votes\">Votes <a href=\"#raft--terms--votes\" class=\"anchor\">#"
                + "</a></h2><p>See <a href=\"#raft--votes--terms&amp;x\">votes</a>, <a"
                + " href=\"#raft--votes\">the page</a>, <a href=\"#home\">home</a>, <a"
                + " href=\"https://raft.github.io/?a=1&amp;b=2\">Raft</a> &amp;"
                + " <code>&lt;T&gt;</code><br /><img src=\"lessons/raft/img/roles.svg\" alt=\"a"
                + " &quot;role&quot;\"></p><figure data-scenario=\"{&quot;id&quot;:1}\"></figure>"
                + "<details open><summary>Hint</summary><A HREF=\"#raft--votes\">x</A></details>");
    assertThat(normalised(scanned))
        .isEqualTo(normalised(new SinglePage(IDS).withJsoup("lessons/raft/01-terms.html", html)));
  }

  @Test
  void rawHtmlTheScanDoesNotReadPlainlyGoesThroughJsoup() {
    SinglePage single = new SinglePage(IDS);
    for (String html :
        List.of(
            "<p>a</p><!-- <a href=\"02-votes.html\">not a link</a> -->",
            "<script>if (a<b) document.write('<a href=\"x\">')</script>",
            "<a href=02-votes.html>unquoted</a>",
            "<a href=\"02-votes.html&unknown;\">entity</a>",
            "<p id>empty id</p>",
            "<p>1 < 2</p>")) {
      assertThat(single.scan("lessons/raft/01-terms.html", html)).as(html).isNull();
      assertThat(single.rewrite("lessons/raft/01-terms.html", html))
          .as(html)
          .isEqualTo(single.withJsoup("lessons/raft/01-terms.html", html));
    }
    assertThat(single.rewrite("lessons/raft/01-terms.html", "<a href=02-votes.html>u</a>"))
        .isEqualTo("<a href=\"#raft--votes\">u</a>");
  }

  private static String normalised(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }
}
