package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class SitePathsTest {
  private static final List<String> PATHS =
      List.of(
          "index.html",
          "all.html",
          "lessons/raft/index.html",
          "lessons/raft/01-terms.html",
          "lessons/raft/02-election.html",
          "lessons/kraft/01-metadata.html",
          "exercises/height-checker/index.html",
          "exercises/raft-append-entries/index.html",
          "lessons/raft/img/figure.png");

  @Test
  void relativeLinksBetweenOutputFiles() {
    assertThat(SitePaths.relative("lessons/raft/01-terms.html", "lessons/raft/02-election.html"))
        .isEqualTo("02-election.html");
    assertThat(SitePaths.relative("lessons/raft/01-terms.html", "lessons/kraft/01-metadata.html"))
        .isEqualTo("../kraft/01-metadata.html");
    assertThat(SitePaths.relative("exercises/height-checker/index.html", "index.html"))
        .isEqualTo("../../index.html");
    assertThat(SitePaths.relative("index.html", "lessons/raft/index.html"))
        .isEqualTo("lessons/raft/index.html");
  }

  /** The sidebar's links, each folder's part computed once, are the links one by one. */
  @Test
  void relativeFromOneFileToManyIsRelativeToEach() {
    for (String from : PATHS) {
      Function<String, String> relative = SitePaths.relativeFrom(from);
      for (int round = 0; round < 2; round++) {
        for (String to : PATHS) {
          assertThat(relative.apply(to))
              .as(from + " -> " + to)
              .isEqualTo(SitePaths.relative(from, to));
        }
      }
    }
  }
}
