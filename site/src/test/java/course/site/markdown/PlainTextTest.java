package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.Spaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

final class PlainTextTest {
  private static final Markdown MARKDOWN = new Markdown();

  @Test
  void aDocumentsTextHasItsBlocksAndLinesSeparatedBySingleSpaces() {
    String text =
        PlainText.of(
            MARKDOWN.parse(
                "# Title\n\nA line\nand  the next.\n\n```java\nint x;\n\n```\n\n- item"));
    assertThat(text).isEqualTo("Title A line and the next. int x; item");
  }

  /**
   * The text is single-spaced as it is gathered: the same as gathering it whole and then making
   * each run of white space one space ({@link Spaces#single}), for every Markdown file of the real
   * course and for awkward samples (tabs, form feeds, carriage returns and runs of spaces in code,
   * white space at the ends, empty blocks).
   */
  @Test
  void singleSpacingAsTheTextIsGatheredGivesWhatSpacingTheWholeTextGave() throws IOException {
    List<String> texts = new ArrayList<>();
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String folder : List.of("content", "exercises")) {
      try (Stream<Path> files = Files.walk(root.resolve(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(20);
    texts.add("```\n\t a \f\r\n  b  \n```\n\n    indented\t\tcode  \n\n\u2003x\u2003");
    texts.add("`  code  `   and *em*   \n  next\\\nline  ");
    texts.add("");
    texts.add("```\n```\n\n```\n \n```");
    texts.add("| a  b | c |\n|---|---|\n| \tx | y  |\n\n> quote\n>  more");
    for (String text : texts) {
      Node document = MARKDOWN.parse(text);
      assertThat(PlainText.of(document)).isEqualTo(Spaces.single(gathered(document)));
    }
  }

  /** The document's text gathered as it was before, white space kept. */
  private static String gathered(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(FencedCodeBlock block) {
            sb.append(' ').append(block.getLiteral()).append(' ');
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            sb.append(' ').append(block.getLiteral()).append(' ');
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.append(' ');
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent.getNext() != null && !(parent instanceof Text)) {
              sb.append(' ');
            }
          }
        });
    return sb.toString();
  }
}
