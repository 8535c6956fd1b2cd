package course.site.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class TemplatesNamesTest {
  /** compileAll compiles every template the site has: the list is the templates folder. */
  @Test
  void theNamesAreEveryTemplateFile() throws IOException {
    Path folder = Path.of("src/main/resources/course/site/templates");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".mustache"))
                  .map(n -> n.substring(0, n.length() - ".mustache".length())))
          .containsExactlyInAnyOrderElementsOf(Templates.NAMES);
    }
    new Templates().compileAll();
  }
}
