import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("AppendEntries receiver: hidden tests")
class AppendEntriesHiddenTest {

    private static final long SEED = 20261128L;

    /** The leader of Figure 7 (term 8) after appending one entry of its own term. */
    private static final int[] FIG7_LEADER = {0, 1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 8};

    /** A follower: its log array (with capacity), logLen, currentTerm and commitIndex. */
    private static final class Follower {
        final int[] log;
        int len;
        int term;
        int commit;

        Follower(int[] log, int len, int term, int commit) {
            this.log = log;
            this.len = len;
            this.term = term;
            this.commit = commit;
        }

        /** A follower holding exactly `terms` (index 0 included) in an array of `capacity`. */
        static Follower of(int capacity, int term, int commit, int... terms) {
            int[] log = new int[Math.max(capacity, terms.length)];
            System.arraycopy(terms, 0, log, 0, terms.length);
            return new Follower(log, terms.length - 1, term, commit);
        }

        String describe() {
            return "follower log " + Arrays.toString(Arrays.copyOf(log, Math.min(len + 1, 40)))
                    + (len + 1 > 40 ? "..." : "") + ", logLen " + len + ", currentTerm " + term
                    + ", commitIndex " + commit;
        }
    }

    /**
     * Oracle: Figure 2's receiver, written differently from a merge loop. Find the
     * first new entry that is not already in the log (past the end, or a different
     * term). If there is none, the log is unchanged; otherwise the log ends at
     * prev + entries.length and that entry and all after it are copied in.
     * Mutates log and returns {success, reply, newLen, newCommit}.
     */
    private static int[] oracle(int[] log, int len, int cur, int commit, int term, int prev,
                                int prevTerm, int[] entries, int leaderCommit) {
        if (term < cur) {
            return new int[] {0, cur, len, commit};
        }
        boolean hasPrev = prev <= len && log[prev] == prevTerm;
        if (!hasPrev) {
            return new int[] {0, term, len, commit};
        }
        int firstMissing = -1;
        for (int k = 0; k < entries.length && firstMissing < 0; k++) {
            int i = prev + 1 + k;
            if (i > len || log[i] != entries[k]) {
                firstMissing = k;
            }
        }
        int n = len;
        if (firstMissing >= 0) {
            System.arraycopy(entries, firstMissing, log, prev + 1 + firstMissing,
                    entries.length - firstMissing);
            n = prev + entries.length;
        }
        // commitIndex only grows, and never past the last entry the request covered.
        int c = Math.max(commit, Math.min(leaderCommit, prev + entries.length));
        return new int[] {1, term, n, c};
    }

    /**
     * Sends one request to the follower, compares everything with the oracle
     * (run on a copy), then updates the follower as a real one would.
     * Returns whether the request succeeded.
     */
    private static boolean send(Follower f, int term, int prev, int prevTerm, int[] entries,
                                int leaderCommit, String prefix) {
        String description = prefix + f.describe() + "; onAppendEntries(term " + term
                + ", prevLogIndex " + prev + ", prevLogTerm " + prevTerm + ", entryTerms "
                + (entries.length <= 40 ? Arrays.toString(entries)
                        : "<" + entries.length + " entries>")
                + ", leaderCommit " + leaderCommit + ")";
        int[] expLog = f.log.clone();
        int[] exp = oracle(expLog, f.len, f.term, f.commit, term, prev, prevTerm, entries,
                leaderCommit);
        int[] entriesBefore = entries.clone();
        int[] logBefore = f.log.clone();
        AppendEntries.AppendOutcome out;
        try {
            out = AppendEntries.onAppendEntries(f.log, f.len, f.term, f.commit, term, prev,
                    prevTerm, entries, leaderCommit);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return false;
        }
        if (out == null) {
            fail(description + " returned null");
        }
        assertArrayEquals(entriesBefore, entries,
                () -> description + ": entryTerms must not be modified");
        assertEquals(exp[0] == 1, out.success(), () -> description + ": success");
        assertEquals(exp[1], out.replyTerm(), () -> description + ": replyTerm");
        assertEquals(exp[2], out.newLogLen(), () -> description + ": newLogLen");
        int n = exp[2];
        if (exp[0] == 0) {
            assertArrayEquals(Arrays.copyOf(logBefore, f.len + 1), Arrays.copyOf(f.log, f.len + 1),
                    () -> description + ": a refused request must leave the log unchanged");
        } else {
            assertArrayEquals(Arrays.copyOf(expLog, n + 1), Arrays.copyOf(f.log, n + 1),
                    () -> description + ": log[0..newLogLen] after the call");
        }
        assertEquals(exp[3], out.newCommitIndex(), () -> description + ": newCommitIndex");
        f.len = n;
        f.term = exp[1];
        f.commit = exp[3];
        return exp[0] == 1;
    }

    private static int[] slice(int[] leader, int from, int toInclusive) {
        return Arrays.copyOfRange(leader, from, toInclusive + 1);
    }

    /**
     * Figure 7: the term-8 leader starts with nextIndex 11 (its last index
     * before it appended the term-8 entry) and backs off one index per
     * refusal until the follower accepts. The leader's commitIndex is 4.
     */
    private static void figure7(String name, int followerTerm, int... followerLog) {
        Follower f = Follower.of(FIG7_LEADER.length + 3, followerTerm, 3, followerLog);
        int last = FIG7_LEADER.length - 1;
        int next = 11;
        boolean ok = false;
        for (int round = 0; round < 12 && !ok; round++) {
            int prev = next - 1;
            String prefix = "Figure 7 follower " + name + ", nextIndex " + next + ": ";
            ok = send(f, 8, prev, FIG7_LEADER[prev], slice(FIG7_LEADER, next, last), 4, prefix);
            if (!ok) {
                next--;
            }
        }
        assertEquals(true, ok, () -> "Figure 7 follower " + name + " never accepted the leader");
        assertArrayEquals(FIG7_LEADER, Arrays.copyOf(f.log, f.len + 1),
                () -> "Figure 7 follower " + name + ": log after the back-off");
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (a): missing the last entry, back-off from nextIndex 11")
    void figure7a() {
        figure7("(a)", 6, 0, 1, 1, 1, 4, 4, 5, 5, 6, 6);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (b): only four entries, back-off from nextIndex 11")
    void figure7b() {
        figure7("(b)", 4, 0, 1, 1, 1, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (c): one extra term-6 entry, back-off from nextIndex 11")
    void figure7c() {
        figure7("(c)", 6, 0, 1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (d): two extra term-7 entries, back-off from nextIndex 11")
    void figure7d() {
        figure7("(d)", 7, 0, 1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (e): term-4 entries where the leader has term 5")
    void figure7e() {
        figure7("(e)", 4, 0, 1, 1, 1, 4, 4, 4, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (f): terms 2 and 3 from index 4 on")
    void figure7f() {
        figure7("(f)", 3, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3);
    }

    @Test
    @Points(1)
    @DisplayName("prevLogIndex one past the end of the follower's log")
    void prevBeyondEnd() {
        send(Follower.of(8, 2, 1, 0, 1, 2, 2), 3, 4, 2, new int[] {3}, 3, "");
        send(Follower.of(8, 2, 1, 0, 1, 2, 2), 2, 7, 2, new int[0], 3, "");
    }

    @Test
    @Points(2)
    @DisplayName("prevLogIndex just past logLen, where a leftover slot holds prevLogTerm")
    void prevBeyondEndLeftoverSlot() {
        // logLen 3; slots 4 and 5 are leftovers of a truncated suffix.
        Follower f = new Follower(new int[] {0, 1, 2, 2, 3, 3, 0, 0}, 3, 3, 2);
        send(f, 3, 4, 3, new int[] {3}, 5, "");
        Follower g = new Follower(new int[] {0, 1, 1, 1}, 0, 1, 0);
        send(g, 1, 1, 1, new int[] {1, 1}, 2, "");
    }

    @Test
    @Points(1)
    @DisplayName("Term mismatch at prevLogIndex with a high leaderCommit")
    void termMismatch() {
        send(Follower.of(8, 3, 1, 0, 1, 1, 3), 4, 3, 2, new int[] {4}, 4, "");
        send(Follower.of(8, 3, 1, 0, 1, 1, 3), 4, 1, 2, new int[] {2, 4}, 4, "");
    }

    @Test
    @Points(2)
    @DisplayName("Conflict at the first new entry with a long suffix after it")
    void conflictTruncatesSuffix() {
        Follower f = Follower.of(10, 2, 1, 0, 1, 1, 2, 2, 2, 2);
        send(f, 3, 2, 1, new int[] {3}, 1, "");
    }

    @Test
    @Points(2)
    @DisplayName("Entries that match for a while and then conflict")
    void conflictInTheMiddle() {
        Follower f = Follower.of(8, 2, 1, 0, 1, 2, 2, 2);
        send(f, 3, 1, 1, new int[] {2, 2, 3, 3}, 1, "");
    }

    @Test
    @Points(3)
    @DisplayName("Delayed request whose entries are all present, follower log longer")
    void delayedDuplicateKeepsSuffix() {
        Follower f = Follower.of(10, 3, 3, 0, 1, 1, 1, 2, 2, 3);
        send(f, 3, 2, 1, new int[] {1, 2}, 3, "");
        Follower g = Follower.of(10, 3, 0, 0, 1, 1, 1, 2, 2, 3);
        send(g, 3, 0, 0, new int[] {1}, 6, "");
    }

    @Test
    @Points(2)
    @DisplayName("Two requests delivered out of order and then duplicated")
    void reorderedAndDuplicated() {
        Follower f = Follower.of(8, 1, 0, 0);
        int[] leader = {0, 1, 1, 1, 2};
        String p = "leader log [_, 1, 1, 1, 2]; ";
        send(f, 2, 2, 1, slice(leader, 3, 4), 0, p + "request B first: "); // refused
        send(f, 2, 0, 0, slice(leader, 1, 2), 0, p + "then request A: ");
        send(f, 2, 2, 1, slice(leader, 3, 4), 2, p + "then B again: ");
        send(f, 2, 0, 0, slice(leader, 1, 2), 2, p + "then a duplicate of A: ");
        assertEquals(4, f.len, "after the duplicate of A the follower must still hold 4 entries");
    }

    @Test
    @Points(2)
    @DisplayName("leaderCommit beyond the last entry the request covers")
    void commitIsCappedByLastNewEntry() {
        send(Follower.of(8, 2, 0, 0, 1, 1, 2), 2, 3, 2, new int[0], 7, "");
        send(Follower.of(8, 2, 0, 0, 1, 1, 2), 2, 2, 1, new int[0], 7, "");
        send(Follower.of(8, 2, 0, 0, 1, 1, 2), 2, 1, 1, new int[] {1}, 9, "");
        send(Follower.of(8, 2, 0, 0, 1, 1, 2), 2, 3, 2, new int[] {2, 2}, 4, "");
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7 follower (d) gets a heartbeat at prevLogIndex 9 with leaderCommit 11")
    void heartbeatDoesNotCommitForeignSuffix() {
        Follower f = Follower.of(16, 7, 5, 0, 1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7);
        send(f, 8, 9, 6, new int[0], 11, "");
    }

    @Test
    @Points(2)
    @DisplayName("Follower commitIndex 5 receives a delayed request covering only up to index 4")
    void commitNeverDecreases() {
        send(Follower.of(10, 3, 5, 0, 1, 1, 1, 2, 2, 3), 3, 2, 1, new int[] {1, 2}, 6, "");
        send(Follower.of(10, 3, 5, 0, 1, 1, 1, 2, 2, 3), 3, 2, 1, new int[] {1, 2}, 3, "");
        send(Follower.of(10, 3, 5, 0, 1, 1, 1, 2, 2, 3), 3, 1, 1, new int[0], 6, "");
    }

    @Test
    @Points(2)
    @DisplayName("Heartbeats to Figure 7 follower (f), to a short log and to an empty log")
    void heartbeats() {
        send(Follower.of(14, 3, 3, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3), 8, 10, 6, new int[0], 10,
                "Figure 7 (f): ");
        send(Follower.of(8, 4, 1, 0, 1, 4, 4), 4, 3, 4, new int[0], 3, "");
        send(Follower.of(4, 0, 0, 0), 1, 0, 0, new int[0], 0, "empty log: ");
    }

    @Test
    @Points(2)
    @DisplayName("prevLogIndex 0: a conflicting first entry, and entries that all match")
    void prevLogIndexZero() {
        send(Follower.of(6, 2, 0, 0, 2, 2), 3, 0, 0, new int[] {3}, 1, "");
        send(Follower.of(6, 1, 1, 0, 1, 1, 1), 1, 0, 0, new int[] {1}, 1, "");
        send(Follower.of(6, 0, 0, 0), 1, 0, 0, new int[] {1, 1, 1}, 2, "empty log: ");
    }

    @Test
    @Points(1)
    @DisplayName("Request from an older term that would otherwise match")
    void staleTerm() {
        Follower f = Follower.of(8, 5, 2, 0, 1, 1, 3);
        int[] before = f.log.clone();
        send(f, 4, 3, 3, new int[] {4, 4}, 5, "");
        assertArrayEquals(before, f.log, "a stale request must not write into logTerms at all");
    }

    @Test
    @Points(1)
    @DisplayName("A request in the follower's own term, then newer-term requests with a wrong or missing prevLogIndex entry")
    void replyTerms() {
        send(Follower.of(8, 5, 2, 0, 1, 1, 5), 5, 3, 5, new int[] {5}, 4, "");
        send(Follower.of(8, 5, 2, 0, 1, 1, 5), 9, 3, 6, new int[] {9}, 4, "");
        send(Follower.of(8, 5, 2, 0, 1, 1, 5), 9, 6, 5, new int[0], 4, "");
    }

    @Test
    @Points(2)
    @DisplayName("10,000-entry log: a full duplicate, then a conflict at index 5,000")
    void largeLog() {
        int n = 10_000;
        int[] leader = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            leader[i] = 1 + i / 1000;
        }
        Follower f = Follower.of(n + 1, 11, 100, leader);
        send(f, 11, 0, 0, slice(leader, 1, n), 4_000, "");
        int[] newer = slice(leader, 5_000, n);
        for (int k = 0; k < newer.length; k++) {
            newer[k] = 12;
        }
        send(f, 12, 4_999, leader[4_999], newer, 9_000, "");
    }

    @Test
    @Points(3)
    @DisplayName("400 random followers and requests compared with Figure 2")
    void randomRequests() {
        Random random = new Random(SEED);
        for (int t = 0; t < 400; t++) {
            int leaderTerm = 1 + random.nextInt(7);
            int[] leader = randomLog(random, random.nextInt(11), 1, leaderTerm);
            int nL = leader.length - 1;
            // Follower: a prefix of the leader's log, maybe followed by a divergent suffix.
            int shared = random.nextInt(nL + 1);
            int suffix = random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(4);
            int startTerm = Math.max(1, leader[shared]);
            int[] tail = randomLog(random, suffix, startTerm, 8);
            int fLen = shared + suffix;
            int fTerm = Math.max(fLen == 0 ? 0 : (suffix > 0 ? tail[suffix] : leader[shared]),
                    random.nextInt(8));
            int prev = random.nextInt(nL + 1);
            int k = random.nextInt(nL - prev + 1);
            int capacity = Math.max(fLen, prev + k) + 1 + random.nextInt(3);
            int[] log = new int[capacity];
            System.arraycopy(leader, 0, log, 0, shared + 1);
            System.arraycopy(tail, 1, log, shared + 1, suffix);
            for (int i = fLen + 1; i < capacity; i++) {
                log[i] = 1 + random.nextInt(8); // leftovers, not part of the log
            }
            Follower f = new Follower(log, fLen, fTerm, random.nextInt(shared + 1));
            int term = leaderTerm; // stale whenever the follower's term is higher
            int leaderCommit = random.nextInt(nL + 1);
            send(f, term, prev, leader[prev], slice(leader, prev + 1, prev + k), leaderCommit,
                    "seed " + SEED + ", case " + t + ": ");
        }
    }

    @Test
    @Points(3)
    @DisplayName("150 runs of a leader whose requests arrive reordered and duplicated")
    void randomDeliveries() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 150; t++) {
            // The leader's terms are even and the follower's divergent suffix uses odd
            // terms, so the two logs can only agree where they really share history
            // (the Log Matching property holds, as it does in a real cluster).
            int half = 1 + random.nextInt(3);
            int term = 2 * half + 2;
            int[] leader = randomLog(random, 1 + random.nextInt(12), 1, half);
            for (int i = 1; i < leader.length; i++) {
                leader[i] *= 2;
            }
            int nL = leader.length - 1;
            int shared = random.nextInt(nL + 1);
            int[] tail = randomLog(random, random.nextInt(4), leader[shared] / 2, half);
            for (int i = 1; i < tail.length; i++) {
                tail[i] = 2 * tail[i] + 1;
            }
            int suffix = tail.length - 1;
            int[] log = new int[Math.max(shared + suffix, nL) + 2];
            System.arraycopy(leader, 0, log, 0, shared + 1);
            System.arraycopy(tail, 1, log, shared + 1, suffix);
            Follower f = new Follower(log, shared + suffix, term - 1, random.nextInt(shared + 1));
            int committed = 0; // the leader's commitIndex, grows over time
            for (int step = 0; step < 12; step++) {
                committed = Math.max(committed, random.nextInt(nL + 1));
                int prev = random.nextInt(nL + 1);
                int k = random.nextInt(nL - prev + 1);
                // A committed index is on this follower only if the follower matched it, so a
                // realistic leaderCommit never exceeds what this follower could have; the
                // receiver's min() must cope with any value anyway.
                String prefix = "seed " + (SEED + 1) + ", run " + t + ", step " + step
                        + ", leader log " + Arrays.toString(leader) + ": ";
                int before = f.commit;
                boolean ok = send(f, term, prev, leader[prev], slice(leader, prev + 1, prev + k),
                        committed, prefix);
                if (f.commit < before) {
                    fail(prefix + "commitIndex went down from " + before + " to " + f.commit);
                }
                for (int i = 1; i <= f.commit; i++) {
                    if (f.log[i] != leader[i]) {
                        fail(prefix + "the follower's committed entry " + i
                                + " differs from the leader's");
                    }
                }
                if (ok) {
                    for (int i = 1; i <= prev + k; i++) {
                        if (f.log[i] != leader[i]) {
                            fail(prefix + "after a successful request the follower's entry " + i
                                    + " differs from the leader's");
                        }
                    }
                }
            }
        }
    }

    /** A random 1-based log of `len` entries with non-decreasing terms in [minTerm, maxTerm]. */
    private static int[] randomLog(Random random, int len, int minTerm, int maxTerm) {
        int[] log = new int[len + 1];
        int term = minTerm;
        for (int i = 1; i <= len; i++) {
            if (random.nextInt(3) == 0 && term < maxTerm) {
                term++;
            }
            log[i] = term;
        }
        return log;
    }
}
