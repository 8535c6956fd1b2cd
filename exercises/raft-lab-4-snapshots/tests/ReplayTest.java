import static org.junit.jupiter.api.Assertions.fail;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Replays one seed: {@code course test <exercise> RaftNode.java --seed N} runs exactly the run
 * the hidden tests ran for seed N. Without a seed it replays seed 1.
 */
@DisplayName("Replay of one seed")
class ReplayTest {

  @Test
  @Points(1)
  @DisplayName("The run of the chosen seed (course.seed, default 1) keeps every property")
  void replaysTheChosenSeed() {
    long seed = Long.parseLong(System.getProperty("course.seed", "1").trim());
    Sim sim = Sim.scenario(Lab.PART, seed, false);
    String broken = LabRun.broken(sim);
    if (broken != null) {
      System.out.println("seed " + seed + ": " + broken);
      System.out.println("last events:");
      System.out.println(sim.recentEvents());
      System.out.println("the faults, for the Raft simulator of the lessons:");
      System.out.println(sim.scenarioYaml());
      // The same line as a hidden test's failure, so the two are easy to compare.
      fail("seed " + seed + ": " + broken + "; its last events and faults are printed above");
    }
  }
}
