import java.util.ArrayList;
import java.util.List;

/** Wrong: the leader never sends InstallSnapshot: for a follower behind its log start, it sends AppendEntries from the first entry it still has. */
public final class RaftNode {
  private static final int HEARTBEAT_TICKS = 5;

  private final Raft.Env env;
  private long currentTerm;
  private int votedFor = -1;
  // Entries snapshotIndex + 1 onwards; the snapshot replaced the ones before.
  private final List<Raft.Entry> log = new ArrayList<>();
  private long snapshotIndex;
  private long snapshotTerm;
  private String snapshot;
  private boolean leader;
  private boolean candidate;
  private boolean[] votes;
  private int ticksLeft;
  private long commitIndex;
  private long lastApplied;
  private final long[] nextIndex;
  private final long[] matchIndex;

  RaftNode(Raft.Env env) {
    this.env = env;
    Raft.Persisted saved = env.persister().loadState();
    if (saved != null) {
      currentTerm = saved.currentTerm();
      votedFor = saved.votedFor();
      snapshotIndex = saved.snapshotIndex();
      snapshotTerm = saved.snapshotTerm();
      log.addAll(saved.log());
    }
    snapshot = env.persister().loadSnapshot();
    // The state machine restarts from the snapshot: what it covers counts as applied.
    commitIndex = snapshotIndex;
    lastApplied = snapshotIndex;
    nextIndex = new long[env.size()];
    matchIndex = new long[env.size()];
    resetElectionTimer();
  }

  long currentTerm() {
    return currentTerm;
  }

  boolean isLeader() {
    return leader;
  }

  List<Raft.Entry> log() {
    return log;
  }

  long snapshotIndex() {
    return snapshotIndex;
  }

  long snapshotTerm() {
    return snapshotTerm;
  }

  /** The service's snapshot of its state after applying entry {@code index}. */
  void snapshot(long index, String state) {
    if (index <= snapshotIndex || index > lastApplied) {
      return;
    }
    snapshotTerm = termAt(index);
    log.subList(0, (int) (index - snapshotIndex)).clear();
    snapshotIndex = index;
    snapshot = state;
    persistWithSnapshot();
  }

  private long lastIndex() {
    return snapshotIndex + log.size();
  }

  boolean propose(String command) {
    if (!leader) {
      return false;
    }
    log.add(new Raft.Entry(currentTerm, command));
    persist();
    matchIndex[env.id()] = lastIndex();
    broadcastAppend();
    return true;
  }

  void onTick() {
    if (--ticksLeft > 0) {
      return;
    }
    if (leader) {
      broadcastAppend();
      ticksLeft = HEARTBEAT_TICKS;
    } else {
      startElection();
    }
  }

  private void resetElectionTimer() {
    ticksLeft = 15 + env.random(16);
  }

  private Raft.Persisted state() {
    return new Raft.Persisted(currentTerm, votedFor, snapshotIndex, snapshotTerm, log);
  }

  private void persist() {
    env.persister().saveState(state());
  }

  private void persistWithSnapshot() {
    env.persister().saveStateAndSnapshot(state(), snapshot);
  }

  private long lastTerm() {
    return termAt(lastIndex());
  }

  /** The term of entry {@code index}, from snapshotIndex (the snapshot's term) to lastIndex(). */
  private long termAt(long index) {
    return index == snapshotIndex ? snapshotTerm : entry(index).term();
  }

  private Raft.Entry entry(long index) {
    return log.get((int) (index - snapshotIndex - 1));
  }

  private void startElection() {
    currentTerm++;
    votedFor = env.id();
    candidate = true;
    votes = new boolean[env.size()];
    votes[env.id()] = true;
    persist();
    resetElectionTimer();
    for (int i = 0; i < env.size(); i++) {
      if (i != env.id()) {
        env.send(i, new Raft.RequestVote(currentTerm, env.id(), lastIndex(), lastTerm()));
      }
    }
  }

  private void stepDown(long term) {
    currentTerm = term;
    votedFor = -1;
    leader = false;
    candidate = false;
    persist();
  }

  void onMessage(Raft.Message m) {
    if (m.term() > currentTerm) {
      stepDown(m.term());
    }
    if (m instanceof Raft.RequestVote rv) {
      onRequestVote(rv);
    } else if (m instanceof Raft.VoteReply vr) {
      onVoteReply(vr);
    } else if (m instanceof Raft.AppendEntries ae) {
      onAppendEntries(ae);
    } else if (m instanceof Raft.AppendReply ar) {
      onAppendReply(ar);
    } else if (m instanceof Raft.InstallSnapshot is) {
      onInstallSnapshot(is);
    } else if (m instanceof Raft.SnapshotReply sr) {
      onSnapshotReply(sr);
    }
  }

  private void onRequestVote(Raft.RequestVote rv) {
    boolean upToDate =
        rv.lastLogTerm() > lastTerm()
            || (rv.lastLogTerm() == lastTerm() && rv.lastLogIndex() >= lastIndex());
    boolean grant =
        rv.term() == currentTerm && (votedFor == -1 || votedFor == rv.from()) && upToDate;
    if (grant) {
      votedFor = rv.from();
      persist();
      resetElectionTimer();
    }
    env.send(rv.from(), new Raft.VoteReply(currentTerm, env.id(), grant));
  }

  private void onVoteReply(Raft.VoteReply vr) {
    if (!candidate || vr.term() != currentTerm || !vr.granted()) {
      return;
    }
    votes[vr.from()] = true;
    int count = 0;
    for (boolean v : votes) {
      if (v) {
        count++;
      }
    }
    if (count * 2 > env.size()) {
      candidate = false;
      leader = true;
      for (int i = 0; i < env.size(); i++) {
        nextIndex[i] = lastIndex() + 1;
        matchIndex[i] = 0;
      }
      matchIndex[env.id()] = lastIndex();
      broadcastAppend();
      ticksLeft = HEARTBEAT_TICKS;
    }
  }

  private void broadcastAppend() {
    for (int i = 0; i < env.size(); i++) {
      if (i == env.id()) {
        continue;
      }
      {
        long prev = Math.max(nextIndex[i] - 1, snapshotIndex);
        List<Raft.Entry> entries =
            new ArrayList<>(log.subList((int) (prev - snapshotIndex), log.size()));
        env.send(i, new Raft.AppendEntries(
            currentTerm, env.id(), prev, termAt(prev), entries, commitIndex));
      }
    }
  }

  private void onAppendEntries(Raft.AppendEntries ae) {
    if (ae.term() < currentTerm) {
      env.send(ae.from(), new Raft.AppendReply(currentTerm, env.id(), false, 0));
      return;
    }
    candidate = false;
    resetElectionTimer();
    // Entries up to snapshotIndex are committed and in the snapshot: they match.
    if (ae.prevLogIndex() > lastIndex()
        || ae.prevLogIndex() >= snapshotIndex
            && termAt(ae.prevLogIndex()) != ae.prevLogTerm()) {
      env.send(ae.from(), new Raft.AppendReply(currentTerm, env.id(), false, 0));
      return;
    }
    long index = ae.prevLogIndex();
    boolean changed = false;
    for (Raft.Entry e : ae.entries()) {
      index++;
      if (index <= snapshotIndex) {
        continue;
      }
      if (index <= lastIndex() && termAt(index) != e.term()) {
        log.subList((int) (index - snapshotIndex - 1), log.size()).clear();
        changed = true;
      }
      if (index > lastIndex()) {
        log.add(e);
        changed = true;
      }
    }
    if (changed) {
      persist();
    }
    long lastNew = ae.prevLogIndex() + ae.entries().size();
    if (ae.leaderCommit() > commitIndex) {
      commitIndex = Math.max(commitIndex, Math.min(ae.leaderCommit(), lastNew));
      applyCommitted();
    }
    env.send(ae.from(), new Raft.AppendReply(currentTerm, env.id(), true, lastNew));
  }

  private void onAppendReply(Raft.AppendReply ar) {
    if (!leader || ar.term() != currentTerm) {
      return;
    }
    int f = ar.from();
    if (ar.success()) {
      matchIndex[f] = Math.max(matchIndex[f], ar.matchIndex());
      nextIndex[f] = matchIndex[f] + 1;
      advanceCommit();
    } else if (nextIndex[f] > 1) {
      nextIndex[f]--;
    }
  }

  private void onInstallSnapshot(Raft.InstallSnapshot is) {
    if (is.term() < currentTerm) {
      env.send(is.from(), new Raft.SnapshotReply(currentTerm, env.id(), 0));
      return;
    }
    candidate = false;
    resetElectionTimer();
    long last = is.lastIncludedIndex();
    // Nothing to install when the state machine already has it (a late or repeated snapshot).
    if (last > lastApplied) {
      if (last < lastIndex() && termAt(last) == is.lastIncludedTerm()) {
        // Figure 13, step 6: the log agrees up to the snapshot; keep the entries after it.
        log.subList(0, (int) (last - snapshotIndex)).clear();
      } else {
        log.clear();
      }
      snapshotIndex = last;
      snapshotTerm = is.lastIncludedTerm();
      snapshot = is.snapshot();
      persistWithSnapshot();
      commitIndex = Math.max(commitIndex, last);
      lastApplied = last;
      env.applySnapshot(last, snapshotTerm, snapshot);
      applyCommitted();
    }
    env.send(is.from(), new Raft.SnapshotReply(currentTerm, env.id(), last));
  }

  private void onSnapshotReply(Raft.SnapshotReply sr) {
    if (!leader || sr.term() != currentTerm) {
      return;
    }
    int f = sr.from();
    matchIndex[f] = Math.max(matchIndex[f], sr.lastIncludedIndex());
    nextIndex[f] = Math.max(nextIndex[f], matchIndex[f] + 1);
    advanceCommit();
  }

  private void advanceCommit() {
    for (long index = lastIndex(); index > commitIndex; index--) {
      if (termAt(index) != currentTerm) {
        break;
      }
      int count = 0;
      for (long match : matchIndex) {
        if (match >= index) {
          count++;
        }
      }
      if (count * 2 > env.size()) {
        commitIndex = index;
        applyCommitted();
        return;
      }
    }
  }

  private void applyCommitted() {
    while (lastApplied < commitIndex) {
      lastApplied++;
      env.apply(lastApplied, entry(lastApplied).command());
    }
  }
}
