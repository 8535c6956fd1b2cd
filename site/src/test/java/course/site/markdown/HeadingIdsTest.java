package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.CourseMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * The site's heading ids are the ones commonmark's heading-anchor {@link IdGenerator} made before
 * {@link HeadingAnchors.Ids} replaced it: every anchor a page or a link names stays as it was.
 */
final class HeadingIdsTest {
  private static final Markdown MARKDOWN = new Markdown();

  /** The ids the library gives the texts, one page's headings in order. */
  private static List<String> library(List<String> texts) {
    IdGenerator generator = IdGenerator.builder().build();
    return texts.stream().map(generator::generateId).toList();
  }

  private static List<String> ours(List<String> texts) {
    HeadingAnchors.Ids ids = new HeadingAnchors.Ids();
    return texts.stream().map(ids::next).toList();
  }

  @Test
  void theCoursesHeadingsGetTheLibrarysIds() throws IOException {
    int headings = 0;
    for (Path file : CourseMarkdown.files()) {
      Node document = MARKDOWN.parse(Files.readString(file));
      List<String> texts =
          Blocks.of(document, Heading.class).stream().map(HeadingAnchors::text).toList();
      headings += texts.size();
      assertThat(ours(texts)).as(file.toString()).isEqualTo(library(texts));
      assertThat(HeadingAnchors.ids(document).values())
          .as(file.toString())
          .containsExactlyInAnyOrderElementsOf(library(texts));
    }
    assertThat(headings).isGreaterThan(300);
  }

  @Test
  void generatedTextsGetTheLibrarysIds() {
    // Letters and digits of several scripts, marks (non-spacing, enclosing, spacing), connector
    // punctuation, joiners, letter numbers, other numbers, symbols, supplementary characters, a
    // lone surrogate, characters whose lower case is longer, and ASCII punctuation.
    String[] pieces = {
      "a",
      "Z",
      "q",
      "0",
      "9",
      " ",
      " ",
      "-",
      "_",
      ".",
      "(",
      ")",
      "`",
      "'",
      "!",
      "?",
      "/",
      ":",
      "#",
      "\u00e9",
      "\u00c9",
      "\u00df",
      "\u0130",
      "I",
      "\u03a3",
      "\u0436",
      "\u05d0",
      "\u0663",
      "\u0966",
      "\u0301",
      "\u20dd",
      "\u0903",
      "\u203f",
      "\u200c",
      "\u200d",
      "\u216b",
      "\u00b2",
      "\u2014",
      "\u00a0",
      "\t",
      "\u4e2d",
      "\u3042",
      "\ud835\udc00",
      "\ud83d\ude00",
      "\ud835\udfce",
      "\ud800",
      "\u1e9e",
      "\u0345",
      "\u2160",
      "\uff10",
      "\u00aa",
      "\u02b0",
      "\u2028",
      "\u00ad",
      "\ufeff"
    };
    Random random = new Random(20261206);
    for (int page = 0; page < 5_000; page++) {
      List<String> texts = new ArrayList<>();
      int headings = 1 + random.nextInt(8);
      for (int h = 0; h < headings; h++) {
        if (!texts.isEmpty() && random.nextInt(4) == 0) {
          // The same heading again, or with "-1" after it: the numbering's collisions.
          String earlier = texts.get(random.nextInt(texts.size()));
          texts.add(random.nextBoolean() ? earlier : earlier + "-1");
          continue;
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int k = 0; k < length; k++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        texts.add(text.toString());
      }
      assertThat(ours(texts)).as(texts.toString()).isEqualTo(library(texts));
    }
  }

  @Test
  void idsFollowGithubsRules() {
    assertThat(ours(List.of("Leader election", "Leader election", "", "Log (matching)", "Log")))
        .containsExactly("leader-election", "leader-election-1", "id", "log-matching", "log");
  }
}
