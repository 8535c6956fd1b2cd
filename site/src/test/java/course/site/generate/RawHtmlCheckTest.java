package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Raw HTML that names nothing the offline checks look at skips jsoup; the test holds that no raw
 * HTML jsoup would select for a check is skipped.
 */
class RawHtmlCheckTest {
  private static final List<String> TAGS =
      List.of(
          "img", "video", "audio", "source", "script", "iframe", "object", "embed", "link", "style",
          "details", "summary", "kbd", "span", "div", "a", "br", "sup", "figure", "picture");

  private static final List<String> ATTRIBUTES =
      List.of(
          "src", "srcset", "poster", "data", "href", "class", "id", "title", "alt", "data-x",
          "xsrc", "open", "rel", "type");

  @Test
  void theHtmlOfACourseWithNothingToCheckDoesNotNeedJsoup() {
    for (String html :
        List.of(
            "<details>",
            "</details>",
            "<summary>Answer</summary>",
            "<kbd>Ctrl</kbd>",
            "<br>",
            "<sup>2</sup>",
            "<span class=\"note\">",
            "<a href=\"#votes\">votes</a>",
            "<!-- a comment -->")) {
      assertThat(LinkResolver.namesWhatIsChecked(html)).as(html).isFalse();
    }
  }

  @Test
  void everyNameACheckLooksAtIsSeenInAnyCase() {
    for (String html :
        List.of(
            "<img SRC=\"x.png\">",
            "<img srcSet=\"x.png 2x\">",
            "<video Poster=\"p.png\">",
            "<object DATA=\"x.svg\">",
            "<LINK href=\"s.css\">",
            "<Style>",
            "<IFRAME>",
            "<oBjEcT>",
            "<EMBED>",
            "<lin\u212A href=\"//cdn.example/s.css\">")) {
      assertThat(LinkResolver.namesWhatIsChecked(html)).as(html).isTrue();
    }
  }

  @Test
  void noHtmlThatJsoupSelectsForACheckIsSkipped() {
    Random random = new Random(20261207);
    int selected = 0;
    int skipped = 0;
    for (int n = 0; n < 20_000; n++) {
      String html = generated(random);
      Document doc = Jsoup.parseBodyFragment(html);
      boolean checked =
          !doc.body().select(LinkResolver.SOURCES).isEmpty()
              || !doc.body().select(LinkResolver.EMBEDS).isEmpty();
      boolean kept = LinkResolver.namesWhatIsChecked(html);
      if (checked) {
        selected++;
        assertThat(kept).as(html).isTrue();
      } else if (!kept) {
        skipped++;
      }
    }
    // Both kinds were generated: the test saw HTML to check and HTML that needs no jsoup.
    assertThat(selected).isGreaterThan(2_000);
    assertThat(skipped).isGreaterThan(2_000);
  }

  /** A fragment of one to three elements, names in random case, some with a Unicode look-alike. */
  private static String generated(Random random) {
    StringBuilder html = new StringBuilder();
    int elements = 1 + random.nextInt(3);
    for (int e = 0; e < elements; e++) {
      String tag = oddCase(TAGS.get(random.nextInt(TAGS.size())), random);
      html.append('<').append(tag);
      int attributes = random.nextInt(3);
      for (int a = 0; a < attributes; a++) {
        html.append(' ')
            .append(oddCase(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())), random))
            .append("=\"")
            .append(random.nextBoolean() ? "https://example.org/x" : "x.png")
            .append('"');
      }
      html.append('>');
      if (random.nextInt(4) == 0) {
        html.append("text &amp; more</").append(tag).append('>');
      }
    }
    return html.toString();
  }

  private static String oddCase(String name, Random random) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      int roll = random.nextInt(10);
      if (c == 'k' && roll == 0) {
        out.append('\u212A'); // KELVIN SIGN, which lower-cases to k
      } else if (c == 's' && roll == 0) {
        out.append('\u017F'); // LATIN SMALL LETTER LONG S, which upper-cases to S
      } else {
        out.append(roll < 4 ? Character.toUpperCase(c) : c);
      }
    }
    return out.toString();
  }
}
