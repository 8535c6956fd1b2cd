import java.util.List;

/**
 * The interface between your {@code RaftNode} and the simulator. Do not change this file: the
 * graders use their own copy.
 */
final class Raft {
  private Raft() {}

  /** A log entry: the term in which a leader received it, and the client's command. */
  record Entry(long term, String command) {}

  /** What a server must keep across a crash (Figure 2's persistent state). */
  record Persisted(long currentTerm, int votedFor, List<Entry> log) {}

  /** Stable storage. {@code saveState} survives a crash; {@code loadState} gives null before any save. */
  interface Persister {
    void saveState(Persisted state);

    Persisted loadState();
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

    /** Applies committed entry {@code index} (1, 2, 3, ... in order, each once per run). */
    void apply(long index, String command);
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
}
