import java.util.ArrayList;
import java.util.List;

/** A Raft server: election, replication, persistence (reference solution). */
public final class RaftNode {
  private static final int HEARTBEAT_TICKS = 5;

  private final Raft.Env env;
  private long currentTerm;
  private int votedFor = -1;
  private final List<Raft.Entry> log = new ArrayList<>();
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
      log.addAll(saved.log());
    }
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

  boolean propose(String command) {
    if (!leader) {
      return false;
    }
    log.add(new Raft.Entry(currentTerm, command));
    persist();
    matchIndex[env.id()] = log.size();
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

  private void persist() {
    env.persister().saveState(new Raft.Persisted(currentTerm, votedFor, log));
  }

  private long lastTerm() {
    return log.isEmpty() ? 0 : log.get(log.size() - 1).term();
  }

  private long termAt(long index) {
    return index == 0 ? 0 : log.get((int) index - 1).term();
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
        env.send(i, new Raft.RequestVote(currentTerm, env.id(), log.size(), lastTerm()));
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
    }
  }

  private void onRequestVote(Raft.RequestVote rv) {
    boolean upToDate =
        rv.lastLogTerm() > lastTerm()
            || (rv.lastLogTerm() == lastTerm() && rv.lastLogIndex() >= log.size());
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
        nextIndex[i] = log.size() + 1;
        matchIndex[i] = 0;
      }
      matchIndex[env.id()] = log.size();
      broadcastAppend();
      ticksLeft = HEARTBEAT_TICKS;
    }
  }

  private void broadcastAppend() {
    for (int i = 0; i < env.size(); i++) {
      if (i != env.id()) {
        long prev = nextIndex[i] - 1;
        List<Raft.Entry> entries = new ArrayList<>(log.subList((int) prev, log.size()));
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
    if (ae.prevLogIndex() > log.size() || termAt(ae.prevLogIndex()) != ae.prevLogTerm()) {
      env.send(ae.from(), new Raft.AppendReply(currentTerm, env.id(), false, 0));
      return;
    }
    long index = ae.prevLogIndex();
    boolean changed = false;
    for (Raft.Entry e : ae.entries()) {
      index++;
      if (index <= log.size() && termAt(index) != e.term()) {
        log.subList((int) index - 1, log.size()).clear();
        changed = true;
      }
      if (index > log.size()) {
        log.add(e);
        changed = true;
      }
    }
    if (changed) {
      persist();
    }
    long lastNew = ae.prevLogIndex() + ae.entries().size();
    if (ae.leaderCommit() > commitIndex) {
      commitIndex = Math.min(ae.leaderCommit(), lastNew);
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

  private void advanceCommit() {
    for (long index = log.size(); index > commitIndex; index--) {
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
      env.apply(lastApplied, log.get((int) lastApplied - 1).command());
    }
  }
}
