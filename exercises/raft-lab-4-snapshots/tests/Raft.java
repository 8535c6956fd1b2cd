import java.util.List;

/**
 * The interface between your {@code RaftNode} and the simulator. Do not change this file: the
 * graders use their own copy.
 */
final class Raft {
  private Raft() {}

  /** A log entry: the term in which a leader received it, and the client's command. */
  record Entry(long term, String command) {}

  /**
   * What a server must keep across a crash (Figure 2's persistent state). Since part 4 the log
   * may start after a snapshot: {@code log} holds entries {@code snapshotIndex + 1} onwards, and
   * {@code snapshotTerm} is the term of entry {@code snapshotIndex} (both 0 without a snapshot).
   */
  record Persisted(
      long currentTerm, int votedFor, long snapshotIndex, long snapshotTerm, List<Entry> log) {
    /** The state of parts 1 to 3: a log that starts at index 1. */
    Persisted(long currentTerm, int votedFor, List<Entry> log) {
      this(currentTerm, votedFor, 0, 0, log);
    }
  }

  /**
   * Stable storage. What is saved survives a crash; {@code loadState} and {@code loadSnapshot}
   * give null before any save.
   */
  interface Persister {
    /** Saves the state and keeps the snapshot saved before (if any). */
    void saveState(Persisted state);

    /** Saves the state and a new snapshot together, in one step: a crash keeps both or neither. */
    void saveStateAndSnapshot(Persisted state, String snapshot);

    Persisted loadState();

    String loadSnapshot();
  }

  /** Everything a node may use: its identity, the network, storage, randomness, the state machine. */
  interface Env {
    /** This server's id, 0 to size() - 1 (shown as S1 to Sn). */
    int id();

    int size();

    /** Sends a message; it may be delayed, lost, duplicated or reordered. */
    void send(int to, Message message);

    Persister persister();

    /** A seeded random number in [0, bound): the only randomness a node may use. */
    int random(int bound);

    /**
     * Applies committed entry {@code index} to the state machine: the entry after the last one
     * applied (or after the snapshot the state machine holds), each index once.
     */
    void apply(long index, String command);

    /**
     * Replaces the state machine's state by a snapshot a leader sent (InstallSnapshot): {@code
     * index} must be past the last index applied, or the state machine would go backwards.
     */
    void applySnapshot(long index, long term, String snapshot);
  }

  /** The messages of Figure 2. */
  interface Message {
    long term();

    int from();
  }

  record RequestVote(long term, int from, long lastLogIndex, long lastLogTerm) implements Message {
    @Override
    public String toString() {
      return "RequestVote(t" + term + " last " + lastLogIndex + "/t" + lastLogTerm + ")";
    }
  }

  record VoteReply(long term, int from, boolean granted) implements Message {
    @Override
    public String toString() {
      return "VoteReply(t" + term + (granted ? " yes)" : " no)");
    }
  }

  record AppendEntries(
      long term, int from, long prevLogIndex, long prevLogTerm, List<Entry> entries,
      long leaderCommit)
      implements Message {
    @Override
    public String toString() {
      return "AppendEntries(t" + term + " prev " + prevLogIndex + "/t" + prevLogTerm + " +"
          + entries.size() + " commit " + leaderCommit + ")";
    }
  }

  record AppendReply(long term, int from, boolean success, long matchIndex) implements Message {
    @Override
    public String toString() {
      return "AppendReply(t" + term + (success ? " ok " : " no ") + matchIndex + ")";
    }
  }

  /** Figure 13, in one piece: a leader's snapshot for a follower whose next entry it discarded. */
  record InstallSnapshot(
      long term, int from, long lastIncludedIndex, long lastIncludedTerm, String snapshot)
      implements Message {
    @Override
    public String toString() {
      return "InstallSnapshot(t" + term + " upto " + lastIncludedIndex + "/t" + lastIncludedTerm
          + ")";
    }
  }

  /** The follower's answer: its term, and the snapshot's last index that it now holds. */
  record SnapshotReply(long term, int from, long lastIncludedIndex) implements Message {
    @Override
    public String toString() {
      return "SnapshotReply(t" + term + " upto " + lastIncludedIndex + ")";
    }
  }
}
