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
    // TODO: RequestVote, VoteReply, AppendEntries, AppendReply
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

  /** The log, 1-based in Raft's terms: {@code log().get(0)} is entry 1. */
  List<Raft.Entry> log() {
    return log;
  }
}
