import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulator is deterministic, and so must your node be: one seed, one run. */
@DisplayName("One seed gives one run")
class DeterminismTest {

  private static String traceOf(long seed) {
    Sim sim = Sim.scenario(Lab.PART, seed, true);
    LabRun.broken(sim);
    return sim.trace();
  }

  @Test
  @Points(1)
  @DisplayName("Running seed 7 twice gives the same trace, byte for byte")
  void sameSeedSameTrace() {
    String first = traceOf(7);
    String second = traceOf(7);
    assertFalse(first.isEmpty(), "the trace of seed 7 is empty");
    String[] a = first.split("\n", -1);
    String[] b = second.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      assertEquals(a[i], b[i], "line " + (i + 1) + " of the two traces of seed 7");
    }
    assertEquals(a.length, b.length, "lines in the two traces of seed 7");
  }

  @Test
  @Points(1)
  @DisplayName("Seeds 1 to 5 keep every property of this part")
  void firstSeedsPass() {
    for (long seed = 1; seed <= 5; seed++) {
      String failure = LabRun.failure(seed);
      assertEquals(null, failure, "seed " + seed);
    }
  }
}
