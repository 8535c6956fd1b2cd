package course.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** The {@code raft-sim} fence at the Markdown level: its scenario, and what search sees of it. */
class RaftSimsTest {
  private final Markdown markdown = new Markdown();

  private static final String LESSON =
      """
      Before the simulator.

      ```raft-sim
      servers: 3
      seed: 7
      title: Quorumish leaderstop
      script:
        - {at: 1200, stop: S1}
        - {at: 2000, request: "zebra=1"}
      ```

      After it.
      """;

  @Test
  void searchNeverIndexesTheSimulatorsScenarioOrMarkup() {
    String text = PlainText.of(markdown.parse(LESSON));
    assertThat(text).isEqualTo("Before the simulator. After it.");
  }

  @Test
  void theScenarioBecomesTheJsonTheScriptReads() {
    Node doc = markdown.parse(LESSON);
    RaftSim sim = (RaftSim) doc.getFirstChild().getNext();
    assertThat(sim.scenario().orElseThrow().toJson())
        .isEqualTo(
            "{\"servers\":3,\"seed\":7,\"title\":\"Quorumish leaderstop\","
                + "\"election_timeout\":[150,300],\"heartbeat\":50,\"delay\":[10,30],"
                + "\"script\":[{\"at\":1200,\"stop\":\"S1\"},{\"at\":2000,\"request\":\"zebra=1\"}]}");
  }
}
