/** Runs one seed of this part's scenario and turns any failure into one short line. */
final class LabRun {
  private LabRun() {}

  /** Null when the seed passes; otherwise "seed N: what broke at t=...; replay: ...". */
  static String failure(long seed) {
    Sim sim = Sim.scenario(Lab.PART, seed, false);
    String broken = broken(sim);
    return broken == null ? null : "seed " + seed + ": " + broken + "; replay: " + replay(seed);
  }

  /** The property the run broke (one line), or null. */
  static String broken(Sim sim) {
    try {
      sim.runScenario();
      return null;
    } catch (Sim.Violation v) {
      return v.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      return "RaftNode threw " + e.getClass().getSimpleName() + " at t=" + sim.now();
    }
  }

  static String replay(long seed) {
    return "course test " + Lab.SLUG + " RaftNode.java --seed " + seed;
  }
}
