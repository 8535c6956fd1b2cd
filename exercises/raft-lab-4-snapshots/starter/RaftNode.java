import java.util.ArrayList;
import java.util.List;

/**
 * Your Raft server. The simulator builds one with {@code new RaftNode(env)} when the server
 * starts and again after every crash (read your saved state from {@code env.persister()}), then
 * calls {@link #onTick} every 10 virtual milliseconds and {@link #onMessage} for every message
 * that arrives. Use only {@code env}: no threads, no clock, no other randomness.
 */
public final class RaftNode {
  private final Raft.Env env;
  private long currentTerm;
  private final List<Raft.Entry> log = new ArrayList<>();

  RaftNode(Raft.Env env) {
    this.env = env;
  }

  /** Called every 10 virtual milliseconds. */
  void onTick() {
    // TODO: election timeout (randomized), heartbeats
  }

  /** Called for every message delivered to this server. */
  void onMessage(Raft.Message message) {
    // TODO: RequestVote, VoteReply, AppendEntries, AppendReply, InstallSnapshot, SnapshotReply
  }

  /** A client's command: append it and return true if this server is the leader, else false. */
  boolean propose(String command) {
    return false;
  }

  long currentTerm() {
    return currentTerm;
  }

  boolean isLeader() {
    return false;
  }

  /** The log after the snapshot: {@code log().get(0)} is entry {@code snapshotIndex() + 1}. */
  List<Raft.Entry> log() {
    return log;
  }

  /** The index of the last entry your snapshot replaced (0 without a snapshot). */
  long snapshotIndex() {
    return 0;
  }

  /** The term of that entry (0 without a snapshot). */
  long snapshotTerm() {
    return 0;
  }

  /**
   * The service has applied every entry up to {@code index} and hands you its state there: keep
   * it as your snapshot, discard the entries up to {@code index} and save both.
   */
  void snapshot(long index, String state) {
    // TODO: compact the log, save state and snapshot together (saveStateAndSnapshot)
  }
}
