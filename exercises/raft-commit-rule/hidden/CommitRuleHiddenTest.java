import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Leader commit rule: hidden tests")
class CommitRuleHiddenTest {

    private static final long SEED = 20261129L;

    private static String describe(int[] matchIndex, int[] log, int last, int term, int commit) {
        String logText = log.length <= 40 ? Arrays.toString(log)
                : "<" + log.length + " slots>";
        return "advanceCommitIndex(matchIndex " + Arrays.toString(matchIndex)
                + ", leaderLogTerms " + logText + ", leaderLastIndex " + last
                + ", currentTerm " + term + ", commitIndex " + commit + ")";
    }

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] matchIndex, int[] log, int last, int term, int commit,
                            String description) {
        try {
            return CommitRule.advanceCommitIndex(matchIndex, log, last, term, commit);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    /** log includes the sentinel; leaderLastIndex is log.length - 1. */
    private static void check(int expected, int[] matchIndex, int[] log, int term, int commit) {
        check(expected, matchIndex, log, log.length - 1, term, commit);
    }

    private static void check(int expected, int[] matchIndex, int[] log, int last, int term,
                              int commit) {
        String description = describe(matchIndex, log, last, term, commit);
        int actual = call(matchIndex.clone(), log.clone(), last, term, commit, description);
        assertEquals(expected, actual, () -> description);
    }

    /** Oracle: every N above commitIndex, brute force, keep the largest that qualifies. */
    private static int oracle(int[] matchIndex, int[] log, int last, int term, int commit) {
        int best = commit;
        for (int n = commit + 1; n <= last; n++) {
            int count = 0;
            for (int m : matchIndex) {
                if (m >= n) {
                    count++;
                }
            }
            if (2 * count > matchIndex.length && log[n] == term) {
                best = n;
            }
        }
        return best;
    }

    @Test
    @Points(2)
    @DisplayName("Figure 8 (c): leader S1 in term 4, log [_,1,2,4], matchIndex {3,2,2,1,1}")
    void figure8c() {
        check(1, new int[] {3, 2, 2, 1, 1}, new int[] {0, 1, 2, 4}, 4, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 8 (e): leader S1 in term 4, log [_,1,2,4], matchIndex {3,3,3,1,1}")
    void figure8e() {
        check(3, new int[] {3, 3, 3, 1, 1}, new int[] {0, 1, 2, 4}, 4, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 8 (c) variant: the term-2 entry has reached all five servers")
    void oldTermEntryEverywhere() {
        check(1, new int[] {3, 2, 2, 2, 2}, new int[] {0, 1, 2, 4}, 4, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Figure 8 from S5's side: term-5 leader with a term-3 entry, before and after a no-op")
    void figure8FromS5() {
        check(1, new int[] {2, 2, 2, 2, 2}, new int[] {0, 1, 3}, 5, 1);
        check(3, new int[] {3, 3, 3, 1, 2}, new int[] {0, 1, 3, 5}, 5, 1);
    }

    @Test
    @Points(1)
    @DisplayName("The leader's own slot is not the first slot of matchIndex")
    void leaderSlotAnywhere() {
        check(4, new int[] {2, 4, 1, 4, 4}, new int[] {0, 3, 3, 3, 3}, 3, 0);
        check(3, new int[] {1, 3, 4, 0, 3}, new int[] {0, 3, 3, 3, 3}, 3, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Entries held by the leader and fewer than a majority of the followers")
    void leaderCountedOnce() {
        check(0, new int[] {5, 0, 0}, new int[] {0, 2, 2, 2, 2, 2}, 2, 0);
        check(3, new int[] {7, 7, 3, 3, 3}, new int[] {0, 1, 1, 1, 1, 1, 1, 1}, 1, 0);
        check(2, new int[] {0, 6, 2, 0, 6, 0, 2}, new int[] {0, 4, 4, 4, 4, 4, 4}, 4, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Cluster sizes 1, 2, 4, 5, 6 and 7")
    void clusterSizes() {
        int[] log = {0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        check(9, new int[] {9}, Arrays.copyOf(log, 10), 2, 0);
        check(4, new int[] {6, 4}, Arrays.copyOf(log, 7), 2, 0);
        check(0, new int[] {6, 0}, Arrays.copyOf(log, 7), 2, 0);
        check(8, new int[] {8, 8, 8, 1}, Arrays.copyOf(log, 9), 2, 0);
        check(1, new int[] {8, 8, 1, 1}, Arrays.copyOf(log, 9), 2, 0);
        check(2, new int[] {6, 6, 2, 2, 2}, Arrays.copyOf(log, 7), 2, 0);
        check(4, new int[] {10, 10, 10, 4, 4, 4}, log, 2, 0);
        check(9, new int[] {9, 9, 9, 9, 1, 1, 1}, Arrays.copyOf(log, 10), 2, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Followers' progress below the current commitIndex")
    void neverDecreases() {
        int[] log = {0, 1, 1, 1, 3, 3, 3, 3, 3, 3};
        check(8, new int[] {9, 0, 0}, log, 3, 8);
        check(8, new int[] {9, 5, 5}, log, 3, 8);
        check(7, new int[] {9, 4, 0, 4, 0}, log, 3, 7);
    }

    @Test
    @Points(1)
    @DisplayName("Several indexes above commitIndex are on every server")
    void largestQualifying() {
        check(10, new int[] {10, 10, 10, 10, 10},
                new int[] {0, 1, 2, 3, 4, 7, 7, 7, 7, 7, 7}, 7, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Old-term entries right after commitIndex, current-term entries behind them")
    void oldTermsBeforeCurrentTerm() {
        check(6, new int[] {7, 7, 6, 2, 1}, new int[] {0, 1, 2, 2, 3, 3, 6, 6}, 6, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Leader of term 3 whose log holds terms 1 and 2 only, every entry on a majority")
    void noCurrentTermEntry() {
        check(2, new int[] {4, 4, 4, 4, 4}, new int[] {0, 1, 1, 2, 2}, 3, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Leader with an empty log")
    void emptyLog() {
        check(0, new int[] {0, 0, 0}, new int[] {0}, 1, 0);
        check(0, new int[] {0}, new int[] {0}, 1, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Leader log stored in an array longer than the log")
    void spareCapacity() {
        check(3, new int[] {3, 3, 1}, new int[] {0, 1, 4, 4, 4, 4, 4}, 3, 4, 0);
    }

    @Test
    @Points(2)
    @DisplayName("matchIndex and the leader's log are left unchanged")
    void inputsNotModified() {
        int[] matchIndex = {1, 5, 3, 5, 2};
        int[] log = {0, 1, 2, 2, 3, 3};
        int[] matchBefore = matchIndex.clone();
        int[] logBefore = log.clone();
        String description = describe(matchBefore, logBefore, 5, 3, 0);
        call(matchIndex, log, 5, 3, 0, description);
        assertArrayEquals(matchBefore, matchIndex,
                () -> description + " must not change matchIndex; after the call it was "
                        + Arrays.toString(matchIndex));
        assertArrayEquals(logBefore, log, () -> description + " must not change leaderLogTerms");
    }

    @Test
    @Points(1)
    @DisplayName("15 servers and a 100,000-entry log")
    void largest() {
        int last = 100_000;
        int[] log = new int[last + 1];
        for (int i = 1; i <= last; i++) {
            log[i] = i <= 50_000 ? 1_000 : 1_000_000_000;
        }
        int[] matchIndex = new int[15];
        for (int i = 0; i < 15; i++) {
            matchIndex[i] = 40_000 + i * 4_000; // 40,000 .. 96,000
        }
        matchIndex[3] = last;
        check(oracle(matchIndex, log, last, 1_000_000_000, 10), matchIndex, log, last,
                1_000_000_000, 10);
    }

    @Test
    @Points(3)
    @DisplayName("500 random clusters compared with the commit rule")
    void randomClusters() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(7);
            int last = random.nextInt(12);
            int term = 1 + random.nextInt(5);
            int[] log = new int[last + 1 + random.nextInt(3)];
            int cur = 1;
            for (int i = 1; i <= last; i++) {
                if (random.nextInt(3) == 0 && cur < term) {
                    cur++;
                }
                log[i] = cur;
            }
            for (int i = last + 1; i < log.length; i++) {
                log[i] = term; // leftovers past the log's end
            }
            int[] matchIndex = new int[n];
            for (int i = 0; i < n; i++) {
                matchIndex[i] = random.nextInt(last + 1);
            }
            matchIndex[random.nextInt(n)] = last; // the leader's own slot
            int commit = random.nextInt(last + 1);
            int expected = oracle(matchIndex, log, last, term, commit);
            String description = "seed " + SEED + ", case " + t + ": "
                    + describe(matchIndex, log, last, term, commit);
            int[] matchCopy = matchIndex.clone();
            int actual = call(matchCopy, log.clone(), last, term, commit, description);
            if (actual < commit) {
                fail(description + ": returned " + actual + ", below the old commitIndex");
            }
            if (actual != commit && (actual > last || log[actual] != term)) {
                fail(description + ": returned " + actual
                        + ", which is not an entry of the current term");
            }
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
            assertArrayEquals(matchIndex, matchCopy, () -> description + ": matchIndex modified");
        }
    }
}
