import java.util.Arrays;

/**
 * Reference solution: the receiver of Raft's InstallSnapshot RPC (Figure 13) for a whole
 * snapshot in one message, on a log that starts after the follower's own snapshot.
 *
 * The subtle parts: the suffix is kept only when the follower's entry at the snapshot's
 * last included index has the snapshot's last included term (index alone proves
 * nothing); the state machine is reset only when the snapshot goes beyond what it has
 * already applied, so lastApplied never goes back; and a snapshot that covers no more
 * than the one the follower holds changes nothing but the term.
 */
public class InstallSnapshot {

    /** A follower's state; log[k] is the term of the entry at index snapshotIndex + 1 + k. */
    public record Follower(int currentTerm, int snapshotIndex, int snapshotTerm,
            String snapshotData, int[] log, int commitIndex, int lastApplied, String machine) {}

    public static Follower onInstallSnapshot(Follower f, int term, int lastIncludedIndex,
            int lastIncludedTerm, String data) {
        // 1. A request from an old leader: reply at once with the newer term.
        if (term < f.currentTerm()) {
            return f;
        }
        int currentTerm = term; // adopts a newer term (or keeps its own, which equals it)

        // A snapshot that covers no more than the follower's own is stale: ignore it.
        if (lastIncludedIndex <= f.snapshotIndex()) {
            return new Follower(currentTerm, f.snapshotIndex(), f.snapshotTerm(),
                    f.snapshotData(), f.log().clone(), f.commitIndex(), f.lastApplied(),
                    f.machine());
        }

        // 6 and 7. Keep the entries after the snapshot point only if the entry there is
        //    the snapshot's last included entry (same index AND term); else drop all.
        int position = lastIncludedIndex - f.snapshotIndex() - 1;
        int[] log = new int[0];
        if (position < f.log().length && f.log()[position] == lastIncludedTerm) {
            log = Arrays.copyOfRange(f.log(), position + 1, f.log().length);
        }

        // 8. The state machine restarts from the snapshot unless it has already applied
        //    that far (then the snapshot holds nothing it lacks).
        int lastApplied = f.lastApplied();
        String machine = f.machine();
        if (lastApplied < lastIncludedIndex) {
            lastApplied = lastIncludedIndex;
            machine = data;
        }
        // A snapshot holds only committed entries.
        int commitIndex = Math.max(f.commitIndex(), lastIncludedIndex);
        return new Follower(currentTerm, lastIncludedIndex, lastIncludedTerm, data, log,
                commitIndex, lastApplied, machine);
    }
}
