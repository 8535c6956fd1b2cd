import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the follower and the request, never the answer. */
@DisplayName("InstallSnapshot receiver: hidden tests")
class InstallSnapshotHiddenTest {

    private static final long SEED = 20261206L;

    private static InstallSnapshot.Follower follower(int term, int snapIndex, int snapTerm,
            String snapData, int[] log, int commit, int applied, String machine) {
        return new InstallSnapshot.Follower(term, snapIndex, snapTerm, snapData, log, commit,
                applied, machine);
    }

    /** A follower without a snapshot whose log holds exactly `terms` (entry 1 first). */
    private static InstallSnapshot.Follower plain(int term, int commit, int applied, int... terms) {
        return follower(term, 0, 0, "", terms, commit, applied, "m" + applied);
    }

    /**
     * A log's terms, short enough for the 500-character message limit: up to 8 entries in full,
     * longer logs as runs of equal terms ("10 x50000" is 50,000 entries of term 10), at most 5 runs.
     */
    private static String show(int[] a) {
        if (a.length <= 8) {
            return Arrays.toString(a);
        }
        StringBuilder b = new StringBuilder("[");
        int runs = 0;
        for (int i = 0; i < a.length; ) {
            int j = i;
            while (j < a.length && a[j] == a[i]) {
                j++;
            }
            if (runs == 5) {
                b.append(", ...");
                break;
            }
            if (runs > 0) {
                b.append(", ");
            }
            b.append(a[i]);
            if (j - i > 1) {
                b.append(" x").append(j - i);
            }
            runs++;
            i = j;
        }
        return b.append("] (").append(a.length).append(" entries)").toString();
    }

    private static String describe(InstallSnapshot.Follower f) {
        return "follower (currentTerm " + f.currentTerm() + ", snapshot (" + f.snapshotIndex() + ", "
                + f.snapshotTerm() + ", \"" + f.snapshotData() + "\"), log " + show(f.log())
                + ", commitIndex " + f.commitIndex() + ", lastApplied " + f.lastApplied()
                + ", machine \"" + f.machine() + "\")";
    }

    /**
     * Oracle, on absolute indexes: the follower's entries are copied into an array indexed by
     * log index, the decision is made there, and the kept suffix is copied back out.
     */
    private static InstallSnapshot.Follower oracle(InstallSnapshot.Follower f, int term,
            int index, int lastTerm, String data) {
        if (term < f.currentTerm()) {
            return f;
        }
        if (index <= f.snapshotIndex()) {
            return follower(term, f.snapshotIndex(), f.snapshotTerm(), f.snapshotData(), f.log(),
                    f.commitIndex(), f.lastApplied(), f.machine());
        }
        int last = f.snapshotIndex() + f.log().length;
        int[] byIndex = new int[last + 1];
        for (int k = 0; k < f.log().length; k++) {
            byIndex[f.snapshotIndex() + 1 + k] = f.log()[k];
        }
        boolean agrees = index <= last && byIndex[index] == lastTerm;
        int[] kept = new int[agrees ? last - index : 0];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = byIndex[index + 1 + i];
        }
        boolean reset = index > f.lastApplied();
        return follower(term, index, lastTerm, data, kept, Math.max(index, f.commitIndex()),
                reset ? index : f.lastApplied(), reset ? data : f.machine());
    }

    /** Sends one request; compares every field with the oracle; returns the new follower. */
    private static InstallSnapshot.Follower send(String prefix, InstallSnapshot.Follower f,
            int term, int index, int lastTerm, String data) {
        String call = prefix + describe(f) + "; onInstallSnapshot(term " + term
                + ", lastIncludedIndex " + index + ", lastIncludedTerm " + lastTerm + ", \"" + data
                + "\")";
        InstallSnapshot.Follower exp = oracle(f, term, index, lastTerm, data);
        int[] logBefore = f.log().clone();
        InstallSnapshot.Follower r;
        try {
            r = InstallSnapshot.onInstallSnapshot(f, term, index, lastTerm, data);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(call + " threw " + e, e);
        }
        if (r == null) {
            fail(call + " returned null");
        }
        assertArrayEquals(logBefore, f.log(), () -> call + ": f.log() must not be modified");
        assertEquals(exp.currentTerm(), r.currentTerm(), () -> call + ": currentTerm (the reply term)");
        assertEquals(exp.snapshotIndex(), r.snapshotIndex(), () -> call + ": snapshotIndex");
        assertEquals(exp.snapshotTerm(), r.snapshotTerm(), () -> call + ": snapshotTerm");
        assertEquals(exp.snapshotData(), r.snapshotData(), () -> call + ": snapshotData");
        if (r.log() == null || !Arrays.equals(exp.log(), r.log())) {
            fail(call + ": log, expected " + show(exp.log()) + " but was "
                    + (r.log() == null ? "null" : show(r.log())));
        }
        assertEquals(exp.commitIndex(), r.commitIndex(), () -> call + ": commitIndex");
        assertEquals(exp.lastApplied(), r.lastApplied(), () -> call + ": lastApplied");
        assertEquals(exp.machine(), r.machine(), () -> call + ": machine");
        return r;
    }

    private static int[] terms(int count, int... runs) {
        // runs = {term, length, term, length, ...}; count is only a check of the total
        int[] out = new int[count];
        int k = 0;
        for (int r = 0; r < runs.length; r += 2) {
            for (int i = 0; i < runs[r + 1]; i++) {
                out[k++] = runs[r];
            }
        }
        if (k != count) {
            throw new IllegalStateException("test bug: " + k + " != " + count);
        }
        return out;
    }

    @Test
    @Points(2)
    @DisplayName("Lesson follower A: 120 entries, entry 100 in term 5, snapshot (100, 5)")
    void lessonFollowerA() {
        send("", plain(5, 95, 90, terms(120, 1, 40, 3, 40, 5, 40)), 5, 100, 5, "S100");
    }

    @Test
    @Points(2)
    @DisplayName("Lesson follower B: 60 entries ending in term 4, snapshot (100, 5)")
    void lessonFollowerB() {
        send("", plain(4, 50, 50, terms(60, 1, 40, 4, 20)), 6, 100, 5, "S100");
    }

    @Test
    @Points(2)
    @DisplayName("Lesson follower C: 110 entries, entry 100 in term 4, snapshot (100, 5)")
    void lessonFollowerC() {
        send("", plain(4, 80, 80, terms(110, 1, 40, 3, 40, 4, 30)), 5, 100, 5, "S100");
    }

    @Test
    @Points(1)
    @DisplayName("A brand-new server: no snapshot and an empty log")
    void newServer() {
        send("", plain(0, 0, 0), 7, 42, 6, "S42");
        send("", plain(2, 0, 0), 2, 1, 1, "S1");
    }

    @Test
    @Points(2)
    @DisplayName("Snapshot point at the first, second and last position of a compacted log")
    void positionsInACompactedLog() {
        // indexes 11..15 hold terms 2, 3, 3, 4, 4 after a snapshot at 10
        int[] log = {2, 3, 3, 4, 4};
        InstallSnapshot.Follower f = follower(4, 10, 2, "s10", log, 10, 10, "m10");
        send("", f, 4, 11, 2, "s11");
        send("", f, 4, 12, 3, "s12");
        send("", f, 4, 15, 4, "s15");
        send("", f, 4, 16, 4, "s16");
    }

    @Test
    @Points(2)
    @DisplayName("Entry at the snapshot point with a different term, the next entry with the same term")
    void termDiffersAtThePointOnly() {
        // indexes 6..9 hold terms 2, 2, 5, 5; the leader's entry 7 has term 5
        InstallSnapshot.Follower f = follower(5, 5, 1, "s5", new int[] {2, 2, 5, 5}, 6, 5, "m5");
        send("", f, 6, 7, 5, "s7");
        send("", f, 6, 8, 5, "s8");
    }

    @Test
    @Points(2)
    @DisplayName("Snapshots at and below the follower's own snapshot, in the same and a newer term")
    void snapshotsNotBeyondTheFollowers() {
        InstallSnapshot.Follower f = follower(4, 8, 3, "s8", new int[] {3, 4}, 9, 9, "m9");
        send("", f, 4, 8, 3, "again");
        send("", f, 4, 5, 2, "older");
        send("", f, 6, 8, 3, "again");
        send("", f, 9, 3, 1, "older");
    }

    @Test
    @Points(1)
    @DisplayName("A request from an older term carrying a newer snapshot")
    void olderTerm() {
        InstallSnapshot.Follower f = follower(7, 3, 1, "s3", new int[] {2, 7}, 4, 4, "m4");
        send("", f, 6, 30, 6, "s30");
        send("", plain(1, 0, 0, 1, 1), 1, 1, 1, "same term");
    }

    @Test
    @Points(2)
    @DisplayName("Matching entry below lastApplied, and matching entry between lastApplied and commitIndex")
    void appliedAndCommittedRelativeToThePoint() {
        InstallSnapshot.Follower f = plain(3, 9, 7, terms(10, 1, 4, 2, 3, 3, 3));
        send("", f, 3, 6, 2, "s6");
        send("", f, 3, 7, 2, "s7");
        send("", f, 3, 8, 3, "s8");
        send("", f, 3, 9, 3, "s9");
        send("", f, 3, 10, 3, "s10");
    }

    @Test
    @Points(2)
    @DisplayName("The same snapshot delivered twice, then a delayed older one")
    void duplicateThenDelayed() {
        InstallSnapshot.Follower f = plain(2, 3, 3, 1, 1, 2, 2, 2, 2);
        f = send("first delivery: ", f, 3, 5, 2, "s5");
        f = send("second delivery: ", f, 3, 5, 2, "s5");
        f = send("newer snapshot: ", f, 3, 9, 3, "s9");
        send("delayed older snapshot: ", f, 3, 5, 2, "s5");
    }

    @Test
    @Points(2)
    @DisplayName("100,000-entry log after a snapshot at 1,000,000, snapshot point in the middle")
    void largeLog() {
        int n = 100_000;
        int[] log = new int[n];
        for (int i = 0; i < n; i++) {
            log[i] = 10 + i / 10_000;
        }
        InstallSnapshot.Follower f = follower(25, 1_000_000, 9, "big", log, 1_000_500, 1_000_100, "m");
        send("", f, 25, 1_050_000, 15, "half");
        send("", f, 25, 1_050_000, 14, "half, other term");
        send("", f, 25, 1_100_000, 19, "all");
    }

    @Test
    @Points(3)
    @DisplayName("500 random followers and snapshots compared with Figure 13")
    void randomRequests() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int half = 1 + random.nextInt(4);
            int[] leader = nonDecreasing(random, 1 + random.nextInt(15), 1, half, 2, 0);
            int shared = random.nextInt(leader.length + 1);
            int[] full = diverge(random, leader, shared, random.nextInt(5), half + 1);
            int commit = random.nextInt(shared + 1);
            int applied = random.nextInt(commit + 1);
            int snap = random.nextInt(applied + 1);
            int maxTerm = full.length == 0 ? 0 : full[full.length - 1];
            int current = Math.max(maxTerm, random.nextInt(2 * half + 3));
            InstallSnapshot.Follower f = follower(current, snap, snap == 0 ? 0 : full[snap - 1],
                    snap == 0 ? "" : "s" + snap, Arrays.copyOfRange(full, snap, full.length),
                    commit, applied, "m" + applied);
            int index = 1 + random.nextInt(leader.length);
            int term = Math.max(leader[leader.length - 1], 2 * half + random.nextInt(3) - 1);
            send("seed " + SEED + ", case " + t + ": ", f, term, index, leader[index - 1],
                    "S" + index);
        }
    }

    @Test
    @Points(3)
    @DisplayName("200 followers each receiving six snapshots of a growing leader log, some delayed")
    void randomSequences() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 200; t++) {
            int[] leader = nonDecreasing(random, 30, 1, 4, 2, 0);
            int shared = random.nextInt(31);
            int[] full = diverge(random, leader, shared, random.nextInt(6), 4);
            int commit = random.nextInt(shared + 1);
            InstallSnapshot.Follower f = follower(10, 0, 0, "", full, commit, commit, "m");
            int[] sent = new int[6];
            for (int step = 0; step < 6; step++) {
                // Mostly a newer snapshot; sometimes a repeat of an earlier one (delayed).
                int index = step > 0 && random.nextInt(3) == 0 ? sent[random.nextInt(step)]
                        : 1 + random.nextInt(30);
                sent[step] = index;
                int term = 10 + random.nextInt(3) - (random.nextInt(6) == 0 ? 2 : 0);
                f = send("seed " + (SEED + 1) + ", run " + t + ", step " + step
                        + ", leader log " + Arrays.toString(leader) + ": ", f, term, index,
                        leader[index - 1], "S" + index);
            }
        }
    }

    /**
     * A follower's log (entry i at position i - 1): the leader's first `shared` entries, then
     * `extra` entries of its own with odd terms up to 2 * maxHalf + 1. The leader's terms are
     * even, so the two logs agree exactly on the shared prefix (Log Matching).
     */
    private static int[] diverge(Random random, int[] leader, int shared, int extra, int maxHalf) {
        int start = shared == 0 ? 1 : leader[shared - 1] / 2;
        int[] tail = nonDecreasing(random, extra, start, maxHalf, 2, 1);
        int[] full = Arrays.copyOf(leader, shared + tail.length);
        System.arraycopy(tail, 0, full, shared, tail.length);
        return full;
    }

    /** `length` non-decreasing terms from `from` to `to`, each mapped to term * mul + add. */
    private static int[] nonDecreasing(Random random, int length, int from, int to, int mul,
                                       int add) {
        int[] a = new int[length];
        int term = from;
        for (int i = 0; i < length; i++) {
            if (term < to && random.nextInt(3) == 0) {
                term += 1 + random.nextInt(to - term);
            }
            a[i] = term * mul + add;
        }
        return a;
    }
}
