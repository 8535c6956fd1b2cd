import java.util.Arrays;

// Wrong solution: keeps-suffix-on-index-only.
// Mistake modelled: keeps the entries after the snapshot point whenever the follower
// has an entry at lastIncludedIndex, without comparing its term. A deposed leader's
// leftovers at the same indexes (the lesson's follower C) survive as if they were the
// leader's entries.
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
        if (position < f.log().length) { // bug: the term at the snapshot point is not checked
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
