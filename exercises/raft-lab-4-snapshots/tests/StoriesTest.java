import static org.junit.jupiter.api.Assertions.fail;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The first seed of each scripted story (see Scripts); the hidden tests run twenty of each. */
@DisplayName("Scripted stories")
class StoriesTest {

  private static void story(long seed) {
    String failure = LabRun.failure(seed);
    if (failure != null) {
      fail(failure);
    }
  }

  @Test
  @Points(1)
  @DisplayName("Seed 6001, a crash right after each vote granted, keeps every property")
  void voteCrash() {
    story(Scripts.VOTE_CRASH + 1);
  }

  @Test
  @Points(1)
  @DisplayName("Seed 7001, a crash right after entries acknowledged, keeps every property")
  void ackCrash() {
    story(Scripts.ACK_CRASH + 1);
  }

  @Test
  @Points(1)
  @DisplayName("Seed 8001, the Figure 8 story, keeps every property")
  void figure8() {
    story(Scripts.FIGURE_8 + 1);
  }

  @Test
  @Points(1)
  @DisplayName("Seed 9001, a burst of reordered AppendEntries, keeps every property")
  void reorderedAppends() {
    story(Scripts.REORDERED_APPENDS + 1);
  }
}
