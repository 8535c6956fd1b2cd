package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PlainTextTest {
  @Test
  void aDocumentsTextHasItsBlocksAndLinesSeparatedBySingleSpaces() {
    String text =
        PlainText.of(
            new Markdown()
                .parse("# Title\n\nA line\nand  the next.\n\n```java\nint x;\n\n```\n\n- item"));
    assertThat(text).isEqualTo("Title A line and the next. int x; item");
  }
}
