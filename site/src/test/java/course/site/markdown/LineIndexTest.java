package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.CourseMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * The exact parse ({@link Markdown#parseExact}) keeps the lines of the inline nodes messages name
 * and drops the others'. Held against the spans the parser records for every inline node, on every
 * Markdown file of the real course and on a sample of the awkward cases.
 */
final class LineIndexTest {
  private static final Markdown MARKDOWN = new Markdown();

  private static final String SAMPLE =
      String.join(
          "\n",
          "# Title with [a link](one.md)",
          "",
          "A paragraph that runs",
          "over lines, with *emphasis",
          "across a break* and [a link",
          "whose text breaks](two.md) then",
          "a hard break  ",
          "and [three](three.md) and <span",
          "class=\"x\">inline html</span> [four](four.md).",
          "",
          "- an item with [five](five.md)",
          "  and a continuation [six](six.md)",
          "  - nested",
          "    [seven](seven.md)",
          "",
          "> a quote",
          "> with [eight](eight.md)",
          "lazy [nine](nine.md)",
          "",
          "| a | b |",
          "|---|---|",
          "| [ten](ten.md) | x |",
          "| y | ![eleven](eleven.png) |",
          "",
          "Setext heading [twelve](twelve.md)",
          "---",
          "",
          "[ref]: /somewhere",
          "Text after a definition [thirteen](thirteen.md)",
          "and `code` then\\",
          "[fourteen](fourteen.md) {since=3.7} tail",
          "");

  @Test
  void theSamplesInlineNodesGetTheLinesTheirSpansSay() {
    assertThat(mismatches(SAMPLE)).isEmpty();
    // The sample does reach into every kind of block above: at least one link per line given.
    assertThat(checked(SAMPLE)).isEqualTo(16);
  }

  @Test
  void everyInlineNodeOfTheRealCourseGetsTheLineItsSpanSays() throws IOException {
    Path root = CourseMarkdown.root();
    List<Path> files = CourseMarkdown.files();
    assertThat(files).hasSizeGreaterThan(40);
    List<String> wrong = new ArrayList<>();
    int nodes = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      nodes += checked(text);
      mismatches(text).forEach(m -> wrong.add(root.relativize(file) + ": " + m));
    }
    assertThat(wrong).isEmpty();
    assertThat(nodes).isGreaterThan(100);
  }

  private static int checked(String text) {
    List<String> unused = new ArrayList<>();
    return walk(MARKDOWN.parseExact(text), MARKDOWN.parseKeepingEverySpan(text), unused);
  }

  private static List<String> mismatches(String text) {
    List<String> wrong = new ArrayList<>();
    walk(MARKDOWN.parseExact(text), MARKDOWN.parseKeepingEverySpan(text), wrong);
    return wrong;
  }

  /**
   * Compares the two trees node by node: a link, image or inline HTML has its line; a run of text
   * keeps no span. Returns how many nodes named in messages were compared.
   */
  private static int walk(Node stripped, Node full, List<String> wrong) {
    int compared = 0;
    assertThat(stripped.getClass()).isEqualTo(full.getClass());
    if (full instanceof Link || full instanceof Image || full instanceof HtmlInline) {
      int expected = full.getSourceSpans().get(0).getLineIndex();
      int actual = Lines.index(stripped);
      if (expected != actual) {
        wrong.add(full + " on line " + expected + ", Lines says " + actual);
      }
      compared++;
    }
    if (stripped instanceof Text && !stripped.getSourceSpans().isEmpty()) {
      wrong.add(stripped + " kept its span");
    }
    Node b = stripped.getFirstChild();
    Node i = full.getFirstChild();
    while (b != null || i != null) {
      assertThat(b).isNotNull();
      assertThat(i).isNotNull();
      compared += walk(b, i, wrong);
      b = b.getNext();
      i = i.getNext();
    }
    return compared;
  }
}
