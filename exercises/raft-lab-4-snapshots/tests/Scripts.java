/**
 * Scripted stories: runs that random schedules almost never produce, played on purpose. The
 * script reacts to what happens (who wins an election) and the seed decides the rest (delays,
 * timeouts, which server is picked), so a seed is still one run. From part 2 on, seeds 8001 to
 * 8999 play the Figure 8 story and seeds 9001 to 9999 reorder a burst of AppendEntries; from part
 * 3 on, seeds 6001 to 6999 crash a server right after each vote it grants and seeds 7001 to 7999
 * right after it acknowledges entries. Any other seed is a random schedule of {@link
 * Sim#scenario}.
 */
final class Scripts {
  static final long VOTE_CRASH = 6000;
  static final long ACK_CRASH = 7000;
  static final long FIGURE_8 = 8000;
  static final long REORDERED_APPENDS = 9000;

  private Scripts() {}

  static boolean covers(int part, long seed) {
    return part >= 3 && seed > VOTE_CRASH && seed < FIGURE_8
        || part >= 2 && seed > FIGURE_8 && seed < REORDERED_APPENDS + 1000;
  }

  static Sim scenario(int part, long seed, boolean keepTrace) {
    Sim.Rng r = new Sim.Rng(seed ^ 0x5DEECE66DL);
    Sim sim;
    if (seed < ACK_CRASH) {
      sim = new Sim(part, seed, 3, keepTrace);
      sim.script(s -> voteCrash(s, r));
    } else if (seed < FIGURE_8) {
      sim = new Sim(part, seed, 3, keepTrace);
      sim.script(s -> ackCrash(s, r));
    } else if (seed < REORDERED_APPENDS) {
      sim = new Sim(part, seed, 5, keepTrace);
      sim.script(s -> figure8(s, r));
    } else {
      sim = new Sim(part, seed, 3, keepTrace);
      sim.script(s -> reorderedAppends(s, r));
    }
    return sim;
  }

  private static final String SAVE_FIRST =
      "; currentTerm, votedFor and the log must be on stable storage before a server replies"
          + " (Figure 2)";

  /**
   * Three servers; two of them cannot reach each other, the third (V) can reach both and starts
   * late, so the other two campaign through it. Every server that grants a vote crashes right
   * after its reply and restarts a few ms later. A server that forgot its vote grants a second
   * one in the same term, and both candidates lead that term.
   */
  static void voteCrash(Sim sim, Sim.Rng r) {
    int v = r.below(3);
    int x = (v + 1) % 3;
    int y = (v + 2) % 3;
    sim.calm();
    sim.fault(new Sim.Fault(0, "cut", x, y));
    sim.fault(new Sim.Fault(0, "stop", v, -1));
    sim.fault(new Sim.Fault(100, "restart", v, -1));
    sim.crashAfterSending(
        m -> m instanceof Raft.VoteReply vote && vote.granted(), 1 + r.below(10));
    played(sim, () -> {
      sim.start();
      sim.runUntil(2000);
      sim.crashAfterSending(null, 0);
    });
  }

  /**
   * Three servers; the leader reaches one follower only, which crashes right after it
   * acknowledges a new entry. The leader counts the acknowledgement, commits and applies the
   * entry, and is cut off; the follower restarts, and the two followers elect a leader, which
   * must hold the entry.
   */
  static void ackCrash(Sim sim, Sim.Rng r) {
    int n = sim.n;
    sim.calm();
    played(sim, () -> {
      sim.start();
      int leader = awaitLeader(sim, all(n), "at the start");
      sim.propose(leader, "a");
      awaitApplied(sim, 1);
      int follower = (leader + 1 + r.below(n - 1)) % n;
      sim.faultNow("cut", leader, 3 - leader - follower);
      long index = sim.lastIndex(leader) + 1;
      sim.crashAfterSending(
          m -> m instanceof Raft.AppendReply ack && ack.success() && ack.matchIndex() >= index,
          150);
      sim.runUntil(sim.now() + 1);
      sim.propose(leader, "b");
      sim.runUntil(sim.now() + 100);
      sim.crashAfterSending(null, 0);
      sim.faultNow("isolate", leader, -1);
      sim.runUntil(sim.now() + 60);
      boolean[] two = all(n);
      two[leader] = false;
      awaitLeader(sim, two, "with the old leader " + Sim.name(leader) + " cut off");
    });
  }

  /** Runs a crash story, then heals; a reply found unsaved at a crash explains what broke. */
  private static void played(Sim sim, Runnable story) {
    try {
      story.run();
      sim.faultNow("heal", -1, -1);
      sim.afterHealing(0);
    } catch (Sim.Violation v) {
      String promise = sim.brokenPromise();
      throw promise == null
          ? v
          : new Sim.Violation(v.getMessage() + " (" + promise + SAVE_FIRST + ")");
    }
    if (sim.brokenPromise() != null) {
      throw new Sim.Violation(sim.brokenPromise() + SAVE_FIRST);
    }
  }

  /**
   * Figure 8 of the Raft paper. L1 stores entry 2 on one follower only and is cut off; three
   * others elect L2, which stores a different entry 2 (a later term) on itself only and is cut
   * off. L1 or its follower then leads a later term with the other two and copies its old entry
   * 2 to a majority: that alone does not commit it. Last, L2 comes back with two servers only it
   * can win, and overwrites entry 2. A leader that counted replicas of the old entry applied it,
   * and L2 breaks Leader Completeness.
   */
  static void figure8(Sim sim, Sim.Rng r) {
    int n = sim.n;
    sim.calm();
    sim.start();
    int l1 = awaitLeader(sim, all(n), "at the start");
    sim.propose(l1, "a");
    awaitApplied(sim, 1);
    long oldTerm = sim.node(l1).currentTerm();
    int f = (l1 + 1 + r.below(n - 1)) % n;
    for (int i = 0; i < n; i++) {
      if (i != l1 && i != f) {
        sim.faultNow("cut", l1, i);
      }
    }
    sim.runUntil(sim.now() + 1);
    sim.propose(l1, "b");
    sim.runUntil(sim.now() + 100);

    sim.faultNow("isolate", l1, -1);
    sim.faultNow("isolate", f, -1);
    boolean[] rest = all(n);
    rest[l1] = false;
    rest[f] = false;
    int l2 = awaitLeader(sim, rest, "among the three servers without entry 2");
    sim.faultNow("isolate", l2, -1);
    sim.runUntil(sim.now() + 1);
    sim.propose(l2, "c");
    sim.runUntil(sim.now() + 50);

    sim.faultNow("heal", -1, -1);
    sim.faultNow("isolate", l2, -1);
    boolean[] others = all(n);
    others[l2] = false;
    int l3 = awaitLeader(sim, others, "with " + Sim.name(l2) + " cut off");
    sim.runUntil(sim.now() + 300);
    String hint = null;
    for (int i = 0; i < n; i++) {
      if (sim.applied(i) >= 2) {
        hint =
            Sim.name(i) + " applied entry 2, of term " + oldTerm + ", while " + Sim.name(l3)
                + " led term " + sim.node(l3).currentTerm() + " with no entry of that term:"
                + " a leader may commit by counting replicas only an entry of its own term"
                + " (Figure 8)";
        break;
      }
    }

    // z: the other holder of the old entry 2, so that only L2 can win among the three left.
    int z = l3 == l1 ? f : l1;
    sim.faultNow("heal", -1, -1);
    sim.faultNow("isolate", l3, -1);
    sim.faultNow("isolate", z, -1);
    boolean[] three = all(n);
    three[l3] = false;
    three[z] = false;
    try {
      awaitLeader(sim, three, "with " + Sim.name(l3) + " and " + Sim.name(z) + " cut off");
      sim.faultNow("heal", -1, -1);
      sim.afterHealing(0);
    } catch (Sim.Violation v) {
      throw hint == null ? v : new Sim.Violation(v.getMessage() + " (" + hint + ")");
    }
    if (hint != null) {
      throw new Sim.Violation(hint);
    }
  }

  /**
   * Three servers; the leader reaches one follower only and takes ten commands in ten ms, so the
   * follower gets ten AppendEntries of growing length in random order. A follower must not drop
   * an entry it holds because an older, shorter AppendEntries arrives late. Then the leader is
   * cut off and the two followers elect one of them, which must hold every applied entry.
   */
  static void reorderedAppends(Sim sim, Sim.Rng r) {
    int n = sim.n;
    sim.calm();
    sim.start();
    int leader = awaitLeader(sim, all(n), "at the start");
    sim.propose(leader, "a");
    awaitApplied(sim, 1);
    int follower = (leader + 1 + r.below(n - 1)) % n;
    int other = 3 - leader - follower;
    sim.faultNow("cut", leader, other);
    for (int k = 1; k <= 10; k++) {
      sim.runUntil(sim.now() + 1);
      sim.propose(leader, "b" + k);
    }
    String hint = null;
    long longest = sim.lastIndex(follower);
    for (long end = sim.now() + 100; sim.now() < end; ) {
      sim.runUntil(sim.now() + 1);
      long size = sim.lastIndex(follower);
      if (size < longest && hint == null) {
        hint =
            Sim.name(follower) + " held " + longest + " entries and then " + size
                + " at t=" + sim.now() + ", in one term, after an older AppendEntries arrived"
                + " late: a follower deletes entries only from the first one whose term"
                + " conflicts, and keeps the entries it already has (Figure 2)";
      }
      longest = Math.max(longest, size);
    }
    sim.faultNow("isolate", leader, -1);
    boolean[] two = all(n);
    two[leader] = false;
    try {
      awaitLeader(sim, two, "with the old leader " + Sim.name(leader) + " cut off");
      sim.faultNow("heal", -1, -1);
      sim.afterHealing(0);
    } catch (Sim.Violation v) {
      throw hint == null ? v : new Sim.Violation(v.getMessage() + " (" + hint + ")");
    }
    if (hint != null) {
      throw new Sim.Violation(hint);
    }
  }

  private static boolean[] all(int n) {
    boolean[] group = new boolean[n];
    java.util.Arrays.fill(group, true);
    return group;
  }

  /** The group's single leader within LEADER_WITHIN, checking Log Matching as it goes. */
  private static int awaitLeader(Sim sim, boolean[] group, String when) {
    long deadline = sim.now() + Sim.LEADER_WITHIN;
    while (sim.now() < deadline) {
      sim.runUntil(sim.now() + Sim.TICK_MS);
      int leader = sim.stableLeader(group);
      if (leader >= 0) {
        sim.checkLogMatching();
        return leader;
      }
    }
    throw sim.violation("no single leader within " + Sim.LEADER_WITHIN + " ms " + when);
  }

  /** Every server applies entry {@code index} within COMMIT_WITHIN. */
  private static void awaitApplied(Sim sim, long index) {
    long deadline = sim.now() + Sim.COMMIT_WITHIN;
    while (sim.now() < deadline) {
      sim.runUntil(sim.now() + Sim.TICK_MS);
      boolean done = true;
      for (int i = 0; i < sim.n; i++) {
        done &= sim.applied(i) >= index;
      }
      if (done) {
        return;
      }
    }
    throw sim.violation(
        "entry " + index + " not applied by every server within " + Sim.COMMIT_WITHIN + " ms");
  }
}
