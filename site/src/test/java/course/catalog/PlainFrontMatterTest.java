package course.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@link PlainFrontMatter} gives what snakeyaml composes (keys in order, their lines, the values'
 * text) whenever it answers, and leaves to the library every text it could read differently.
 */
class PlainFrontMatterTest {

  @Test
  void theCommonShapeIsReadWithoutTheLibraryAndAsTheLibraryReadsIt() {
    String yaml =
        String.join(
            "\n",
            "title: \"Log replication: the #1 job\"",
            "summary: What a leader sends, and when",
            "",
            "order: 3",
            "tags: [raft, log-replication]",
            "sources:",
            "  - {title: \"Raft paper, section 5.3\", url: \"https://raft.github.io/raft.pdf\"}",
            "  - The Raft website");
    Map<String, NodeTuple> fields = PlainFrontMatter.read("f.md", yaml);
    assertThat(fields).isNotNull();
    assertThat(fields.keySet()).containsExactly("title", "summary", "order", "tags", "sources");
    assertThat(value(fields, "title")).isEqualTo("Log replication: the #1 job");
    assertThat(value(fields, "order")).isEqualTo("3");
    assertThat(((SequenceNode) fields.get("sources").getValueNode()).getValue()).hasSize(2);
    assertThat(assertSameAsLibrary(yaml)).isTrue();
  }

  @Test
  void whatYamlReadsOtherwiseIsLeftToTheLibrary() {
    for (String yaml :
        List.of(
            "title: a # comment",
            "title: 'single'",
            "title: \"escaped \\\" quote\"",
            "title: \"one\" two",
            "title: {a: b}",
            "title: a: b",
            "title: \"a\", b",
            "title: trailing ",
            "title:  two spaces",
            "title:",
            "title: ",
            "  title: indented",
            "title: a\n  continued",
            "title: a\ntitle: b",
            "title: |\n  block",
            "title: >\n  folded",
            "title: &anchor a",
            "title: *alias",
            "title: !tag a",
            "title: ~",
            "title: -1",
            "title: @at",
            "title: tab\there",
            "title: line\u2028separator",
            "title: next\u0085line",
            "tags: [a, ]",
            "tags: [a,,b]",
            "tags: [ a]",
            "tags: [a ]",
            "tags: [a] b",
            "tags: [[a]]",
            "tags: [a: b]",
            "sources:\n  - {a: b, a: c}",
            "sources:\n  - {a: b,}",
            "sources:\n  - {a: \"b\" c}",
            "sources:\n  - {}",
            "sources:\n- a",
            "sources:\n    - a",
            "sources:\n  - a: b",
            "sources:\n  - a\n    more",
            "sources:\n\n  - a",
            "sources:",
            "- a",
            "? complex",
            "title:value",
            "title : a",
            "1key: a",
            "_key: a",
            "---",
            "...",
            "# only a comment")) {
      assertThat(PlainFrontMatter.read("f.md", yaml)).as(yaml).isNull();
    }
  }

  @Test
  void theCourseFilesReadAsTheLibraryReadsThem() throws IOException {
    List<Path> files = course.site.CourseMarkdown.files();
    assertThat(files).hasSizeGreaterThan(40);
    int plain = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      if (!text.startsWith("---")) {
        continue;
      }
      String yaml = FrontMatter.split(file.toString(), text)[0];
      plain += assertSameAsLibrary(yaml) ? 1 : 0;
    }
    assertThat(plain).as("course files read without the library").isGreaterThan(50);
  }

  @Test
  void generatedTextsReadAsTheLibraryReadsThemOrAreLeftToIt() {
    Random random = new Random(20261206);
    String[] keys = {"title", "summary", "order", "a", "B_2", "x-y", "null", "true", "k9"};
    String[] separators = {": ", ": ", ": ", ":", ":  ", " : ", ":\t"};
    String alphabet =
        "aZq09 _-.:#,[]{}\"'\\`|>&*!%@?~=+/()<;$^\t\u00e9\u00a0\u2014\u0085\u2028\uFEFF\uFFFE";
    int plain = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder yaml = new StringBuilder();
      int lines = 1 + random.nextInt(4);
      for (int l = 0; l < lines; l++) {
        if (random.nextInt(12) == 0) {
          yaml.append(random.nextBoolean() ? "" : "  ").append('\n');
          continue;
        }
        if (random.nextInt(15) == 0) {
          yaml.append(' ');
        }
        yaml.append(keys[random.nextInt(keys.length)]);
        yaml.append(separators[random.nextInt(separators.length)]);
        StringBuilder value = new StringBuilder();
        int kind = random.nextInt(6);
        if (kind == 1 && yaml.charAt(yaml.length() - 1) == ' ' && random.nextInt(8) > 0) {
          // A list's items start on the next line: "key:" alone, mostly.
          yaml.setLength(yaml.length() - 1);
        }
        switch (kind) {
          case 0 -> {
            value.append('[');
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
              value.append(i == 0 ? "" : random.nextInt(4) == 0 ? "," : ", ");
              value.append(scalar(random, alphabet));
            }
            value.append(random.nextInt(15) == 0 ? ", ]" : "]");
          }
          case 1 -> {
            int items = random.nextInt(4);
            for (int i = 0; i < items; i++) {
              value.append(random.nextInt(15) == 0 ? "\n - " : "\n  - ");
              if (random.nextBoolean()) {
                value.append('{');
                int pairs = random.nextInt(3);
                for (int p = 0; p < pairs; p++) {
                  value.append(p == 0 ? "" : ", ");
                  value.append(keys[random.nextInt(keys.length)]).append(": ");
                  value.append(scalar(random, alphabet));
                }
                value.append('}');
              } else {
                value.append(scalar(random, alphabet));
              }
            }
          }
          default -> value.append(scalar(random, alphabet));
        }
        yaml.append(value);
        if (l + 1 < lines) {
          yaml.append('\n');
        }
      }
      plain += assertSameAsLibrary(yaml.toString()) ? 1 : 0;
    }
    assertThat(plain).as("generated texts read without the library").isGreaterThan(5_000);
  }

  /** Mostly letters and spaces, as in real values; now and then anything of the alphabet. */
  private static String scalar(Random random, String alphabet) {
    StringBuilder value = new StringBuilder();
    if (random.nextInt(3) > 0) {
      value.append((char) ('a' + random.nextInt(26)));
    }
    int length = random.nextInt(10);
    for (int i = 0; i < length; i++) {
      value.append(
          random.nextInt(3) == 0
              ? alphabet.charAt(random.nextInt(alphabet.length()))
              : "abc de".charAt(random.nextInt(6)));
    }
    if (random.nextInt(4) == 0) {
      value.insert(0, '"').append('"');
    }
    return value.toString();
  }

  /** True when read without the library; then the library must read the same. */
  private static boolean assertSameAsLibrary(String yaml) {
    Map<String, NodeTuple> fast = PlainFrontMatter.read("f.md", yaml);
    if (fast == null) {
      return false;
    }
    Map<String, NodeTuple> library;
    try {
      library = FrontMatter.composed("f.md", yaml, 2);
    } catch (CourseException e) {
      fail("the library refuses what was read without it: %s%n%s", e.getMessage(), yaml);
      return false;
    }
    assertThat(fast.keySet()).as(yaml).containsExactlyElementsOf(library.keySet());
    for (String key : fast.keySet()) {
      assertSameNode(fast.get(key).getKeyNode(), library.get(key).getKeyNode(), yaml);
      assertSameNode(fast.get(key).getValueNode(), library.get(key).getValueNode(), yaml);
    }
    return true;
  }

  /** The same kind of node, where the library puts it, with the same text or the same children. */
  private static void assertSameNode(Node fast, Node library, String yaml) {
    assertThat(fast.getClass()).as(yaml).isEqualTo(library.getClass());
    assertThat(line(fast)).as(yaml).isEqualTo(line(library));
    assertThat(fast.getStartMark().orElseThrow().getColumn())
        .as(yaml)
        .isEqualTo(library.getStartMark().orElseThrow().getColumn());
    if (fast instanceof ScalarNode f) {
      assertThat(f.getValue()).as(yaml).isEqualTo(((ScalarNode) library).getValue());
    } else if (fast instanceof SequenceNode f) {
      List<Node> l = ((SequenceNode) library).getValue();
      assertThat(f.getValue()).as(yaml).hasSameSizeAs(l);
      for (int i = 0; i < l.size(); i++) {
        assertSameNode(f.getValue().get(i), l.get(i), yaml);
      }
    } else {
      List<NodeTuple> f = ((MappingNode) fast).getValue();
      List<NodeTuple> l = ((MappingNode) library).getValue();
      assertThat(f).as(yaml).hasSameSizeAs(l);
      for (int i = 0; i < l.size(); i++) {
        assertSameNode(f.get(i).getKeyNode(), l.get(i).getKeyNode(), yaml);
        assertSameNode(f.get(i).getValueNode(), l.get(i).getValueNode(), yaml);
      }
    }
  }

  private static int line(Node node) {
    return node.getStartMark().orElseThrow().getLine();
  }

  private static String value(Map<String, NodeTuple> fields, String key) {
    return ((ScalarNode) fields.get(key).getValueNode()).getValue();
  }
}
