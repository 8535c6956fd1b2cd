package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's fast path: a save that changes only one lesson's body rewrites that page, signals
 * the reload, then the files holding every page (search index, all.html); no other page is
 * rewritten. Anything else (a title, a broken link, a new heading) needs the whole build.
 */
class LessonFastPathTest {
  @TempDir Path tmp;

  @Test
  void aLessonBodyEditRewritesItsPageThenSignalsThenTheSearchIndexAndNoOtherPage()
      throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    SiteBuilder builder = new SiteBuilder(course);
    assertThat(builder.build(out).problems()).isEmpty();
    Path other = out.resolve("lessons/raft/01-terms-and-roles.html");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(other, old);
    Path lesson = course.resolve("content/arrays/01-counting.md");
    Files.writeString(lesson, Files.readString(lesson) + "\nZanzibar counts twice.\n");

    List<String> atSignal = new ArrayList<>();
    Optional<SiteBuilder.Result> result =
        builder.rebuildLesson(
            out,
            lesson,
            () -> {
              try {
                atSignal.add(Files.readString(out.resolve("lessons/arrays/01-counting.html")));
                atSignal.add(Files.readString(out.resolve("assets/search-index.js")));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(result).isPresent();
    assertThat(result.get().problems()).isEmpty();
    assertThat(atSignal.get(0)).as("the page, before the signal").contains("Zanzibar counts");
    assertThat(atSignal.get(1))
        .as("the index, after the signal")
        .doesNotContainIgnoringCase("zanzibar");
    assertThat(Files.readString(out.resolve("assets/search-index.js")))
        .containsIgnoringCase("zanzibar");
    assertThat(Files.readString(out.resolve("all.html"))).contains("Zanzibar counts twice.");
    assertThat(Files.getLastModifiedTime(other)).isEqualTo(old);
    // A second edit of the same lesson takes the fast path again.
    Files.writeString(lesson, Files.readString(lesson) + "\nAnd Yokohama.\n");
    assertThat(builder.rebuildLesson(out, lesson, () -> {})).isPresent();
    assertThat(Files.readString(out.resolve("lessons/arrays/01-counting.html")))
        .contains("Zanzibar counts twice.", "And Yokohama.");
  }

  @Test
  void aTitleChangeOrABrokenLinkOrANewHeadingNeedsTheWholeBuild() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    SiteBuilder builder = new SiteBuilder(course);
    Path lesson = course.resolve("content/arrays/01-counting.md");
    String text = Files.readString(lesson);
    assertThat(builder.rebuildLesson(out, lesson, () -> {})).as("before any build").isEmpty();
    assertThat(builder.build(out).problems()).isEmpty();
    assertThat(builder.rebuildLesson(tmp.resolve("elsewhere"), lesson, () -> {})).isEmpty();

    Files.writeString(lesson, text.replace("title: Counting", "title: Counting again"));
    assertThat(builder.rebuildLesson(out, lesson, () -> {})).as("title").isEmpty();

    Files.writeString(lesson, text + "\nSee [nothing](09-none.md).\n");
    assertThat(builder.rebuildLesson(out, lesson, () -> {})).as("broken link").isEmpty();

    Files.writeString(lesson, text + "\n## A new heading\n");
    assertThat(builder.rebuildLesson(out, lesson, () -> {})).as("new heading id").isEmpty();

    Path index = course.resolve("content/arrays/index.md");
    assertThat(builder.rebuildLesson(out, index, () -> {})).as("a part page").isEmpty();
  }
}
