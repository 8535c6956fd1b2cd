package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.site.markdown.Markdown;
import course.site.markdown.RaftSim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a student pastes into the site's "Replay a lab run" page: {@code course test
 * raft-lab-1-election RaftNode.java --seed 2} on a wrong solution prints the failing run's fault
 * schedule as a whole {@code raft-sim} block (the report shows it in full, past its output limit),
 * the build's own reader accepts it, and it is the block the site's browser test replays ({@code
 * site/src/test/resources/raft-replay/lab1-seed2.txt}), so that capture cannot go stale.
 */
class RaftReplayCaptureTest {
  @TempDir Path tmp;

  @Test
  void theReplayOfAFailingSeedPrintsTheWholeScenarioTheSiteReplays() throws IOException {
    Path course = CourseRunner.realCourse();
    Path wrong =
        course.resolve("exercises/raft-lab-1-election/wrong/no-random-timeout/RaftNode.java");
    CourseRunner.Run run =
        new CourseRunner(course, tmp.resolve("g.db"))
            .run("test", "raft-lab-1-election", wrong.toString(), "--seed", "2");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    List<String> printed = scenario(run.out());
    assertThat(printed).as(run.out()).hasSizeGreaterThan(5).endsWith("```");
    assertThat(printed.get(0)).isEqualTo("```raft-sim");

    Path capture = course.resolve("site/src/test/resources/raft-replay/lab1-seed2.txt");
    assertThat(printed)
        .as("the site's captured replay is what ReplayTest prints today")
        .isEqualTo(scenario(Files.readString(capture, StandardCharsets.UTF_8)));

    String block = String.join("\n", printed) + "\n";
    RaftSim[] sim = {null};
    new Markdown()
        .parse(block)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(CustomBlock b) {
                if (b instanceof RaftSim s) {
                  sim[0] = s;
                }
              }
            });
    assertThat(sim[0]).isNotNull();
    assertThat(sim[0].error()).as(block).isEmpty();
    assertThat(sim[0].scenario().orElseThrow().script()).isNotEmpty();
  }

  /** The raft-sim block of a report, without the report's "| " margin. */
  private static List<String> scenario(String report) {
    List<String> lines = report.lines().map(l -> l.replaceFirst("^\\s*\\| ?", "")).toList();
    int from = lines.indexOf("```raft-sim");
    if (from < 0) {
      return List.of();
    }
    int to = from + 1;
    while (to < lines.size() && !lines.get(to).equals("```")) {
      to++;
    }
    return lines.subList(from, Math.min(to + 1, lines.size()));
  }
}
