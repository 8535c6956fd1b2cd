package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: a hidden failure of the Raft lab names a seed, and {@code course test ... --seed N}
 * replays exactly that run with the visible simulator. A known-wrong node of part 2 is submitted to
 * the real course; the seed in the first failing hidden test's message is replayed through the
 * visible {@code ReplayTest}, which must break the same property at the same virtual time.
 */
class RaftLabReplayTest {

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} wrong/{1}")
  @CsvSource({
    // fails hidden random seed 127 (no visible test runs it) and the reordered-appends story
    "raft-lab-2-replication, truncates-on-every-append",
    // fails the hidden Figure 8 story
    "raft-lab-2-replication, commits-old-term",
    // fails the hidden story that crashes a server right after each vote it grants
    "raft-lab-3-persistence, forgets-vote",
    // fails hidden random seeds only (11, 137, ...): a late InstallSnapshot sends its state
    // machine back
    "raft-lab-4-snapshots, installs-behind-applied"
  })
  void theSeedOfAHiddenFailureReplaysTheSameFailureWithTheVisibleTests(String lab, String wrong) {
    Path root = CourseRunner.realCourse();
    CourseRunner course = new CourseRunner(root, tmp.resolve("gradebook.db"));
    String node =
        root.resolve("exercises/" + lab + "/wrong/" + wrong + "/RaftNode.java").toString();
    Pattern hiddenFailure =
        Pattern.compile(
            "seed (\\d+): (.+); replay: course test "
                + Pattern.quote(lab)
                + " RaftNode\\.java --seed (\\d+)");

    CourseRunner.Run submit = course.run("submit", lab, node, "--student", "replay", "--json");
    assertThat(submit.code()).as(submit.toString()).isEqualTo(1);
    String hidden = firstFailure(submit.json(), false);
    assertThat(hidden).as(submit.toString()).isNotNull();
    Matcher m = hiddenFailure.matcher(hidden);
    assertThat(m.matches()).as("a hidden failure names its seed and replay: " + hidden).isTrue();
    String seed = m.group(1);
    String broken = m.group(2);
    assertThat(m.group(3)).isEqualTo(seed);

    CourseRunner.Run replay = course.run("test", lab, node, "--seed", seed, "--json");
    assertThat(replay.code()).as(replay.toString()).isEqualTo(1);
    String visible = messageOf(replay.json(), "The run of the chosen seed");
    assertThat(visible)
        .as("the replay of seed " + seed + " breaks what the hidden test saw")
        .startsWith("seed " + seed + ": " + broken + ";");
  }

  /** The message of the first failed test, hidden or visible, or null. */
  private static String firstFailure(JsonNode report, boolean visible) {
    for (JsonNode t : report.get("tests")) {
      if (t.get("visible").asBoolean() == visible && t.get("status").asText().equals("failed")) {
        return t.get("message").asText();
      }
    }
    return null;
  }

  private static String messageOf(JsonNode report, String namePrefix) {
    for (JsonNode t : report.get("tests")) {
      if (t.get("name").asText().startsWith(namePrefix)) {
        assertThat(t.get("status").asText()).as(t.toString()).isEqualTo("failed");
        return t.get("message").asText();
      }
    }
    throw new AssertionError("no test named " + namePrefix + "... in " + report);
  }
}
