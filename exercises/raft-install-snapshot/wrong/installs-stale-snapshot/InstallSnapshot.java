import java.util.Arrays;

// Wrong solution: installs-stale-snapshot.
// Mistake modelled: installs every snapshot from a current leader, even one that
// covers no more than the snapshot the follower already holds. A delayed or repeated
// InstallSnapshot then rolls the follower's snapshot back and throws away its log.
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

        // 6 and 7. Keep the entries after the snapshot point only if the entry there is
        //    the snapshot's last included entry (same index AND term); else drop all.
        int position = lastIncludedIndex - f.snapshotIndex() - 1; // bug: no check that the snapshot is newer than ours
        int[] log = new int[0];
        if (position >= 0 && position < f.log().length && f.log()[position] == lastIncludedTerm) {
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
