import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A deterministic Raft cluster simulator: virtual time in milliseconds, a seeded network that
 * delays, loses, duplicates and reorders messages, partitions, crashes and restarts. There are no
 * threads and no clock; the same seed gives the same run, byte for byte. {@link #scenario} builds
 * the run the hidden tests use for a part and a seed.
 */
final class Sim {
  /** Ticks reach every node each TICK_MS; election timeouts in the statement are in ticks. */
  static final int TICK_MS = 10;

  /** Thrown when a property of Raft breaks; the message is one line. */
  static final class Violation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Violation(String message) {
      super(message);
    }
  }

  /** A fault in the schedule, with the raft-sim verb it is exported as. */
  record Fault(long at, String verb, int a, int b) {
    String yaml() {
      String what =
          switch (verb) {
            case "cut" -> "[S" + (a + 1) + ", S" + (b + 1) + "]";
            case "heal" -> "all";
            default -> "S" + (a + 1);
          };
      return "  - {at: " + at + ", " + verb + ": " + what + "}";
    }
  }

  /** SplitMix64: a small seeded generator, the same on every machine. */
  static final class Rng {
    private long state;

    Rng(long seed) {
      state = seed;
    }

    long next() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    int below(int bound) {
      return (int) Long.remainderUnsigned(next(), bound);
    }

    boolean chance(int percent) {
      return below(100) < percent;
    }
  }

  private record Event(long at, long seq, int kind, int to, Raft.Message message, Fault fault)
      implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
    }
  }

  private static final int TICK = 0;
  private static final int DELIVER = 1;
  private static final int FAULT = 2;
  private static final int CHECK = 3;

  private final class Server implements Raft.Env, Raft.Persister {
    final int id;
    final Rng rng;
    Raft.Persisted saved;
    String savedSnapshot;
    RaftNode node;
    long applied;
    // The state machine: the applied commands folded into one hash (what a snapshot holds).
    long state;
    boolean snapshotDue;

    Server(int id) {
      this.id = id;
      this.rng = new Rng(seed * 31 + id + 1);
    }

    @Override
    public int id() {
      return id;
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public void send(int to, Raft.Message message) {
      if (to < 0 || to >= n || to == id) {
        throw new Violation(name(id) + " sent a message to " + to);
      }
      transmit(id, to, message);
      if (crashAfter != null && crashDue < 0 && crashAfter.test(message)) {
        crashDue = id;
        crashTo = to;
        crashReply = message;
      }
    }

    @Override
    public Raft.Persister persister() {
      return this;
    }

    @Override
    public int random(int bound) {
      return rng.below(bound);
    }

    @Override
    public void apply(long index, String command) {
      if (index != applied + 1) {
        throw violation(name(id) + " applied entry " + index + " after " + applied
            + (part >= 4 && index <= applied ? ": an index is applied once, and a restarted"
                + " server's state machine starts from its snapshot" : ""));
      }
      applied = index;
      String before = committed.get(index);
      if (before == null) {
        committed.put(index, command);
      } else if (!before.equals(command)) {
        throw violation(
            "two servers applied different commands at index " + index + " (" + name(id) + ")");
      }
      state = fold(state, command);
      reached(id, index, state);
      record(name(id) + " applies " + index + " " + command);
      if (part >= 4 && index % snapshotEvery[id] == 0) {
        snapshotDue = true;
      }
    }

    @Override
    public void applySnapshot(long index, long term, String snapshot) {
      if (part < 4) {
        throw violation(name(id) + " installed a snapshot, which comes in part 4");
      }
      long[] s = decode(snapshot);
      if (s == null || s[0] != index) {
        throw violation(name(id) + " installed as snapshot up to " + index + " the bytes "
            + snapshot + ": hand the state machine the bytes of the leader's snapshot");
      }
      if (index <= applied) {
        throw violation(name(id) + " installed a snapshot up to " + index + " after applying "
            + applied + ": the state machine went back or applied an index twice (a snapshot"
            + " that is not past the last index applied is not installed)");
      }
      applied = index;
      state = s[1];
      reached(id, index, state);
      record(name(id) + " installs snapshot " + index + "/t" + term);
    }

    @Override
    public void saveState(Raft.Persisted state) {
      keep(state, savedSnapshot);
    }

    @Override
    public void saveStateAndSnapshot(Raft.Persisted state, String snapshot) {
      keep(state, snapshot);
    }

    private void keep(Raft.Persisted state, String snapshot) {
      long[] s = snapshot == null ? new long[] {0, 0} : decode(snapshot);
      if (s == null || s[0] != state.snapshotIndex()) {
        throw violation(name(id) + " saved a log that starts after index "
            + state.snapshotIndex() + " with " + (snapshot == null ? "no snapshot"
                : "the snapshot " + snapshot) + ": save the state and its snapshot together"
            + " (saveStateAndSnapshot)");
      }
      saved =
          new Raft.Persisted(state.currentTerm(), state.votedFor(), state.snapshotIndex(),
              state.snapshotTerm(), List.copyOf(state.log()));
      savedSnapshot = snapshot;
    }

    @Override
    public Raft.Persisted loadState() {
      return saved;
    }

    @Override
    public String loadSnapshot() {
      return savedSnapshot;
    }
  }

  /** The state machine's next state: the command folded into the hash (FNV-1a, then mixed). */
  static long fold(long state, String command) {
    long h = state ^ 0xCBF29CE484222325L;
    for (int k = 0; k < command.length(); k++) {
      h = (h ^ command.charAt(k)) * 0x100000001B3L;
    }
    return h ^ (h >>> 29);
  }

  /** A snapshot's bytes: the index it covers and the state machine's state there. */
  static String encode(long index, long state) {
    return index + ":" + Long.toHexString(state);
  }

  /** {index, state} of a snapshot's bytes, or null when they are not a snapshot. */
  static long[] decode(String snapshot) {
    int colon = snapshot == null ? -1 : snapshot.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    try {
      return new long[] {
        Long.parseLong(snapshot.substring(0, colon)),
        Long.parseUnsignedLong(snapshot.substring(colon + 1), 16)
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** State Machine Safety across snapshots: every server's state at an index is the same. */
  private void reached(int id, long index, long state) {
    Long before = stateAt.putIfAbsent(index, state);
    if (before != null && before != state) {
      throw violation("the state machine of " + name(id) + " at index " + index
          + " differs from another server's at the same index");
    }
  }

  final long seed;
  final int n;
  final int part;
  private final Rng net;
  private final Server[] servers;
  private final boolean[] up;
  private final boolean[][] cut;
  private final PriorityQueue<Event> queue = new PriorityQueue<>();
  private final TreeMap<Long, Integer> leaders = new TreeMap<>();
  private final TreeMap<Long, String> committed = new TreeMap<>();
  private final TreeMap<Long, Long> stateAt = new TreeMap<>();
  /** Part 4: the service of server i asks for a snapshot each time it applies a multiple of this. */
  final int[] snapshotEvery;
  private final List<Fault> faults = new ArrayList<>();
  private final ArrayDeque<String> recent = new ArrayDeque<>();
  private final StringBuilder fullTrace;
  private long seq;
  private long now;
  private int lossPercent = 5;
  private int dupPercent = 3;

  Sim(int part, long seed, int n, boolean keepTrace) {
    this.part = part;
    this.seed = seed;
    this.n = n;
    this.net = new Rng(seed);
    this.servers = new Server[n];
    this.up = new boolean[n];
    this.cut = new boolean[n][n];
    this.fullTrace = keepTrace ? new StringBuilder() : null;
    this.snapshotEvery = new int[n];
    // Each server snapshots on its own schedule (section 7 of the Raft paper): 3 to 7 entries.
    Rng every = new Rng(seed * 13 + 5);
    for (int i = 0; i < n; i++) {
      snapshotEvery[i] = 3 + every.below(5);
    }
    for (int i = 0; i < n; i++) {
      servers[i] = new Server(i);
    }
  }

  static String name(int id) {
    return "S" + (id + 1);
  }

  long now() {
    return now;
  }

  List<Fault> faults() {
    return faults;
  }

  /** The last events (at most 20), one a line. */
  String recentEvents() {
    return String.join("\n", recent);
  }

  /** Every event of the run, one a line (only when built with keepTrace). */
  String trace() {
    return fullTrace == null ? "" : fullTrace.toString();
  }

  /** The fault schedule as a site simulator scenario (a raft-sim fenced block). */
  String scenarioYaml() {
    StringBuilder b = new StringBuilder("```raft-sim\n");
    b.append("servers: ").append(n).append('\n');
    b.append("seed: ").append(seed).append('\n');
    b.append("title: raft-lab part ").append(part).append(", seed ").append(seed).append('\n');
    b.append("script:\n");
    for (Fault f : faults) {
      b.append(f.yaml()).append('\n');
    }
    return b.append("```\n").toString();
  }

  private void record(String line) {
    String stamped = "t=" + now + " " + line;
    if (recent.size() == 20) {
      recent.removeFirst();
    }
    recent.addLast(stamped);
    if (fullTrace != null) {
      fullTrace.append(stamped).append('\n');
    }
  }

  Violation violation(String what) {
    return new Violation(what + " at t=" + now);
  }

  private void push(long at, int kind, int to, Raft.Message m, Fault f) {
    queue.add(new Event(at, seq++, kind, to, m, f));
  }

  private void transmit(int from, int to, Raft.Message m) {
    if (net.chance(lossPercent)) {
      return;
    }
    int copies = net.chance(dupPercent) ? 2 : 1;
    for (int c = 0; c < copies; c++) {
      push(now + 5 + net.below(31), DELIVER, to, m, null);
    }
  }

  /** Schedules a fault (stop, restart, isolate, cut, heal). */
  void fault(Fault f) {
    faults.add(f);
    push(f.at(), FAULT, -1, null, f);
  }

  void start() {
    for (int i = 0; i < n; i++) {
      boot(i);
      push(1 + net.below(TICK_MS), TICK, i, null, null);
    }
  }

  private void boot(int i) {
    up[i] = true;
    Server s = servers[i];
    // The state machine restarts from the saved snapshot, as a service does.
    long[] snap = s.savedSnapshot == null ? new long[] {0, 0} : decode(s.savedSnapshot);
    s.applied = snap[0];
    s.state = snap[1];
    s.snapshotDue = false;
    s.node = new RaftNode(s);
    Raft.Persisted saved = s.saved;
    RaftNode node = s.node;
    if (saved != null
        && (node.currentTerm() < saved.currentTerm()
            || lastIndex(i) < saved.snapshotIndex() + saved.log().size())) {
      throw new Violation(name(i) + " restarted at t=" + now + " with term " + node.currentTerm()
          + " and " + lastIndex(i) + " entries but had saved term " + saved.currentTerm()
          + " and " + (saved.snapshotIndex() + saved.log().size()) + " entries: a restarted"
          + " server reads its state back from env.persister().loadState()");
    }
    if (part >= 4
        && (node.snapshotIndex() != snap[0] || node.snapshotTerm() != snapTerm(saved))) {
      throw new Violation(name(i) + " restarted at t=" + now + " with its log starting after "
          + node.snapshotIndex() + "/t" + node.snapshotTerm() + " but had saved a"
          + " snapshot up to " + snap[0] + "/t" + snapTerm(saved) + ": a restarted server"
          + " starts from its saved snapshot, its index and its term");
    }
  }

  private static long snapTerm(Raft.Persisted saved) {
    return saved == null ? 0 : saved.snapshotTerm();
  }

  /** The index of server i's last entry, counting the entries its snapshot replaced. */
  long lastIndex(int i) {
    RaftNode node = servers[i].node;
    return base(node) + node.log().size();
  }

  /** Server i's last index when its log holds entry index of this term past its start, or -1. */
  private long heldAfter(int i, long index, long term) {
    RaftNode node = servers[i].node;
    long b = node.snapshotIndex();
    if (index <= b || index >= lastIndex(i)) {
      return -1;
    }
    return node.log().get((int) (index - b - 1)).term() == term ? lastIndex(i) : -1;
  }

  private long base(RaftNode node) {
    return part >= 4 ? node.snapshotIndex() : 0;
  }



  private boolean linked(int a, int b) {
    return !cut[a][b];
  }

  private void applyFault(Fault f) {
    record(f.verb() + " " + (f.verb().equals("cut") ? name(f.a()) + "-" + name(f.b())
        : f.verb().equals("heal") ? "all" : name(f.a())));
    switch (f.verb()) {
      case "stop" -> {
        up[f.a()] = false;
        servers[f.a()].node = null;
      }
      case "restart" -> {
        if (!up[f.a()]) {
          boot(f.a());
        }
      }
      case "isolate" -> {
        for (int j = 0; j < n; j++) {
          cut[f.a()][j] = j != f.a();
          cut[j][f.a()] = j != f.a();
        }
      }
      case "cut" -> {
        cut[f.a()][f.b()] = true;
        cut[f.b()][f.a()] = true;
      }
      case "heal" -> {
        for (boolean[] row : cut) {
          java.util.Arrays.fill(row, false);
        }
      }
      default -> throw new IllegalArgumentException(f.verb());
    }
  }

  /** Runs events up to and including virtual time {@code until}. */
  void runUntil(long until) {
    while (!queue.isEmpty() && queue.peek().at() <= until) {
      Event e = queue.poll();
      now = e.at();
      if (e.kind() == FAULT) {
        applyFault(e.fault());
        continue;
      }
      if (e.kind() == TICK) {
        push(now + TICK_MS, TICK, e.to(), null, null);
        if (up[e.to()]) {
          servers[e.to()].node.onTick();
          checkLeader(e.to());
          crashIfDue();
        }
        continue;
      }
      Raft.Message m = e.message();
      if (!up[e.to()] || !linked(m.from(), e.to())) {
        continue;
      }
      record(name(m.from()) + ">" + name(e.to()) + " " + m);
      long held = -1;
      if (m instanceof Raft.InstallSnapshot is) {
        held = heldAfter(e.to(), is.lastIncludedIndex(), is.lastIncludedTerm());
      }
      servers[e.to()].node.onMessage(m);
      if (held > 0 && lastIndex(e.to()) < held) {
        Raft.InstallSnapshot is = (Raft.InstallSnapshot) m;
        throw violation(name(e.to()) + " held entries up to " + held + ", entry "
            + is.lastIncludedIndex() + " of term " + is.lastIncludedTerm() + " among them, and"
            + " after " + name(m.from()) + "'s snapshot up to there only up to "
            + lastIndex(e.to()) + ": a follower keeps the entries after a snapshot that matches"
            + " its log (Figure 13, step 6)");
      }
      checkLeader(e.to());
      crashIfDue();
    }
    now = Math.max(now, until);
  }

  private void checkLeader(int i) {
    RaftNode node = servers[i].node;
    if (!node.isLeader()) {
      return;
    }
    long term = node.currentTerm();
    Integer before = leaders.get(term);
    if (before == null) {
      leaders.put(term, i);
      record(name(i) + " leader in term " + term);
      checkCompleteness(i, term);
    } else if (before != i) {
      throw violation(
          "two leaders in term " + term + " (" + name(before) + ", " + name(i) + ")");
    }
  }

  /** Leader Completeness: a new leader holds every entry applied anywhere. */
  private void checkCompleteness(int i, long term) {
    List<Raft.Entry> log = servers[i].node.log();
    long b = base(servers[i].node);
    for (var c : committed.tailMap(b, false).entrySet()) {
      long index = c.getKey();
      if (index > b + log.size()
          || !log.get((int) (index - b) - 1).command().equals(c.getValue())) {
        throw violation(
            name(i) + " leads term " + term + " without committed entry " + index);
      }
    }
  }

  /** Log Matching: two logs with the same term at an index agree on everything before it. */
  void checkLogMatching() {
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (!up[a] || !up[b]) {
          continue;
        }
        List<Raft.Entry> la = servers[a].node.log();
        List<Raft.Entry> lb = servers[b].node.log();
        long ba = base(servers[a].node);
        long bb = base(servers[b].node);
        // Compare the absolute indexes both logs still hold.
        long first = Math.max(ba, bb) + 1;
        long common = Math.min(ba + la.size(), bb + lb.size());
        long last = -1;
        for (long k = common; k >= first; k--) {
          if (la.get((int) (k - ba - 1)).term() == lb.get((int) (k - bb - 1)).term()) {
            last = k;
            break;
          }
        }
        for (long k = first; k <= last; k++) {
          if (!la.get((int) (k - ba - 1)).equals(lb.get((int) (k - bb - 1)))) {
            throw violation("logs of " + name(a) + " and " + name(b) + " differ at index "
                + k + " but match at " + last);
          }
        }
      }
    }
  }

  /** The single leader whose term every running server has reached, or -1. */
  int stableLeader() {
    return stableLeader(up);
  }

  /** The single leader among the running servers of {@code group} whose term they all reached. */
  int stableLeader(boolean[] group) {
    int leader = -1;
    long maxTerm = 0;
    for (int i = 0; i < n; i++) {
      if (up[i] && group[i]) {
        maxTerm = Math.max(maxTerm, servers[i].node.currentTerm());
      }
    }
    for (int i = 0; i < n; i++) {
      if (!up[i] || !group[i]) {
        continue;
      }
      RaftNode node = servers[i].node;
      if (node.currentTerm() != maxTerm) {
        return -1;
      }
      if (node.isLeader()) {
        if (leader >= 0) {
          return -1;
        }
        leader = i;
      }
    }
    return leader;
  }

  RaftNode node(int i) {
    return servers[i].node;
  }

  boolean isUp(int i) {
    return up[i];
  }

  long applied(int i) {
    return servers[i].applied;
  }

  /** A client's command to server i; true (and recorded) when it accepts. */
  boolean propose(int i, String command) {
    if (up[i] && servers[i].node.propose(command)) {
      record(name(i) + " accepts " + command);
      crashIfDue();
      return true;
    }
    return false;
  }

  /** Schedules a fault now: it happens before any other event still to come. */
  void faultNow(String verb, int a, int b) {
    fault(new Fault(now, verb, a, b));
  }

  // A crash a script arms (part 3): a server crashes right after the handler in which it sent a
  // matching message returns, and restarts crashDownMs later.
  private java.util.function.Predicate<Raft.Message> crashAfter;
  private long crashDownMs;
  private int crashDue = -1;
  private int crashTo;
  private Raft.Message crashReply;
  private String brokenPromise;

  /** From now on, a server that sends a message matching {@code what} crashes at once. */
  void crashAfterSending(java.util.function.Predicate<Raft.Message> what, long downMs) {
    crashAfter = what;
    crashDownMs = downMs;
  }

  /** The first reply a crash found unsaved (what Figure 2 forbids), or null. */
  String brokenPromise() {
    return brokenPromise;
  }

  /** The service's snapshot request, made after the handler in which a multiple was applied. */
  private void snapshotIfDue(int i) {
    Server s = servers[i];
    if (!s.snapshotDue || !up[i]) {
      return;
    }
    s.snapshotDue = false;
    long index = s.applied;
    long before = lastIndex(i);
    record(name(i) + " snapshot " + index);
    s.node.snapshot(index, encode(index, s.state));
    RaftNode node = s.node;
    if (node.snapshotIndex() != index || lastIndex(i) != before) {
      throw violation(name(i) + " had entries up to " + before + " and, asked for a snapshot up"
          + " to " + index + ", kept its log from " + (node.snapshotIndex() + 1) + " to "
          + lastIndex(i) + ": a snapshot replaces the entries up to its index, no more, no less");
    }
    if (s.saved == null || s.saved.snapshotIndex() != index) {
      throw violation(name(i) + " took a snapshot up to " + index + " but did not save it:"
          + " save the state and the snapshot together (saveStateAndSnapshot)");
    }
  }

  private void crashIfDue() {
    for (int i = 0; i < n; i++) {
      snapshotIfDue(i);
    }
    if (crashDue < 0) {
      return;
    }
    int i = crashDue;
    crashDue = -1;
    if (brokenPromise == null) {
      brokenPromise = unsaved(i, crashTo, crashReply);
    }
    Fault stop = new Fault(now, "stop", i, -1);
    faults.add(stop);
    applyFault(stop);
    fault(new Fault(now + crashDownMs, "restart", i, -1));
  }

  /** What server i had promised in reply m to server to, but not saved; null if all saved. */
  private String unsaved(int i, int to, Raft.Message m) {
    Raft.Persisted s = servers[i].saved;
    String what = name(i) + " sent " + m + " to " + name(to) + " at t=" + now + " but had saved ";
    if (s == null || s.currentTerm() < m.term()) {
      return what + "term " + (s == null ? 0 : s.currentTerm());
    }
    if (m instanceof Raft.VoteReply v && v.granted() && s.votedFor() != to) {
      return what + "votedFor " + (s.votedFor() < 0 ? "none" : name(s.votedFor()));
    }
    long held = s.snapshotIndex() + s.log().size();
    if (m instanceof Raft.AppendReply a && a.success() && held < a.matchIndex()) {
      return what + held + " entries";
    }
    return null;
  }

  /** Why a server cannot catch up: it lacks entries its leader replaced by a snapshot; or "". */
  private String behindSnapshot() {
    int leader = stableLeader();
    if (part < 4 || leader < 0) {
      return "";
    }
    long start = servers[leader].node.snapshotIndex();
    for (int i = 0; i < n; i++) {
      if (up[i] && lastIndex(i) < start) {
        return " (" + name(i) + " holds entries up to " + lastIndex(i) + " and the log of leader "
            + name(leader) + " starts after " + start + ": only InstallSnapshot brings it up to"
            + " date)";
      }
    }
    return "";
  }

  /** After healing: a perfect network (no loss, no duplicates), still delayed and reordered. */
  void calm() {
    lossPercent = 0;
    dupPercent = 0;
  }

  // ---------------------------------------------------------------------------------------
  // The scenario the hidden tests run: everything derives from the part and the seed.
  // ---------------------------------------------------------------------------------------

  static final long HEAL_AT = 3000;
  static final long LEADER_WITHIN = 2500;
  static final long COMMIT_WITHIN = 2000;

  /** Builds the run of {@code part} for {@code seed}: servers, faults, nothing run yet. */
  static Sim scenario(int part, long seed, boolean keepTrace) {
    if (Scripts.covers(part, seed)) {
      return Scripts.scenario(part, seed, keepTrace);
    }
    Rng r = new Rng(seed ^ 0x5DEECE66DL);
    int n = 3 + r.below(5);
    Sim sim = new Sim(part, seed, n, keepTrace);
    boolean[] stopped = new boolean[n];
    int stoppedCount = 0;
    for (long at = 300 + r.below(400); at < HEAL_AT - 200; at += 300 + r.below(500)) {
      int kind = r.below(part >= 3 ? 5 : 3);
      int a = r.below(n);
      int b = (a + 1 + r.below(n - 1)) % n;
      if (kind == 0) {
        sim.fault(new Fault(at, "isolate", a, -1));
      } else if (kind == 1) {
        sim.fault(new Fault(at, "cut", a, b));
      } else if (kind == 2) {
        sim.fault(new Fault(at, "heal", -1, -1));
      } else if (!stopped[a] && stoppedCount < (n - 1) / 2) {
        stopped[a] = true;
        stoppedCount++;
        sim.fault(new Fault(at, "stop", a, -1));
      } else if (stopped[a]) {
        stopped[a] = false;
        stoppedCount--;
        sim.fault(new Fault(at, "restart", a, -1));
      }
    }
    sim.fault(new Fault(HEAL_AT, "heal", -1, -1));
    for (int i = 0; i < n; i++) {
      if (stopped[i]) {
        sim.fault(new Fault(HEAL_AT, "restart", i, -1));
      }
    }
    return sim;
  }

  /** A scripted story (see {@link Scripts}) that replaces the random schedule, or null. */
  private java.util.function.Consumer<Sim> script;

  void script(java.util.function.Consumer<Sim> story) {
    script = story;
  }

  /**
   * Runs the scenario and checks the properties of the part; throws a one-line Violation. Part 1:
   * Election Safety and a stable leader after healing. Part 2 and later: also clients' proposals,
   * Log Matching, Leader Completeness, State Machine Safety and a proposal committed everywhere.
   * Part 4: snapshots the service asks for, checked as they are taken, installed and restored.
   */
  void runScenario() {
    if (script != null) {
      script.accept(this);
      return;
    }
    start();
    int proposals = 0;
    Rng client = new Rng(seed * 7 + 3);
    for (long t = 100; t <= HEAL_AT; t += 100) {
      runUntil(t);
      if (part >= 2) {
        int target = client.below(n);
        // From part 4 on, clients send one to three commands at once, for logs to compact.
        int burst = part >= 4 ? 1 + client.below(3) : 1;
        for (int k = 0; k < burst && up[target] && servers[target].node.isLeader(); k++) {
          if (servers[target].node.propose("x" + (++proposals))) {
            record(name(target) + " accepts x" + proposals);
          }
        }
        checkLogMatching();
      }
    }
    afterHealing(proposals);
  }

  /**
   * Liveness, from now on a healed, perfect network: one leader within LEADER_WITHIN; from part
   * 2 on, a proposal to it applied by every server within COMMIT_WITHIN while clients keep
   * proposing. {@code proposals} numbers the clients' commands made so far.
   */
  void afterHealing(int proposals) {
    calm();
    long deadline = now + LEADER_WITHIN;
    int leader = -1;
    for (long t = now + TICK_MS; t <= deadline && leader < 0; t += TICK_MS) {
      runUntil(t);
      leader = stableLeader();
    }
    if (leader < 0) {
      throw violation("no single leader within " + LEADER_WITHIN + " ms after healing");
    }
    if (part < 2) {
      return;
    }
    if (!servers[leader].node.propose("final")) {
      throw violation("leader " + name(leader) + " refused a proposal");
    }
    record(name(leader) + " accepts final");
    long index = lastIndex(leader);
    long end = now + COMMIT_WITHIN;
    boolean done = false;
    while (!done && now < end) {
      runUntil(now + 50);
      checkLogMatching();
      int current = stableLeader();
      if (current >= 0 && servers[current].node.propose("more" + (++proposals))) {
        record(name(current) + " accepts more" + proposals);
      }
      done = true;
      for (int i = 0; i < n; i++) {
        done &= servers[i].applied >= index;
      }
    }
    if (!done) {
      throw violation("proposal " + index + " not applied by every server within "
          + COMMIT_WITHIN + " ms" + behindSnapshot());
    }
  }
}
