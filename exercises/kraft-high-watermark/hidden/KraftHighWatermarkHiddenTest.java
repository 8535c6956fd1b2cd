import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("KRaft high watermark: hidden tests")
class KraftHighWatermarkHiddenTest {

    private static final long SEED = 20261126L;

    private static String describe(long[] offsets, long epochStart, long hw) {
        return "kraftHighWatermark(" + Arrays.toString(offsets) + ", " + epochStart + ", " + hw + ")";
    }

    /** Calls the student's method on a copy; an exception becomes a readable failure. */
    private static long call(long[] offsets, long epochStart, long hw, String description) {
        try {
            return KraftHighWatermark.kraftHighWatermark(offsets, epochStart, hw);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    private static void check(long expected, long[] offsets, long epochStart, long hw) {
        String description = describe(offsets, epochStart, hw);
        long actual = call(offsets.clone(), epochStart, hw, description);
        assertEquals(expected, actual, () -> description);
    }

    /** Oracle: for each candidate offset, count the voters that reached it. */
    private static long oracle(long[] offsets, long epochStart, long hw) {
        int n = offsets.length;
        long best = -1;
        for (long candidate : offsets) {
            int reached = 0;
            for (long o : offsets) {
                if (o >= candidate) {
                    reached++;
                }
            }
            if (2 * reached > n && candidate > best) {
                best = candidate;
            }
        }
        if (best > epochStart && best > hw) {
            return best;
        }
        return hw;
    }

    @Test
    @Points(1)
    @DisplayName("Three voters in ascending order, epoch start below all offsets")
    void threeVotersAscending() {
        check(40, new long[] {30, 40, 50}, 20, 10);
    }

    @Test
    @Points(2)
    @DisplayName("Four voters with distinct offsets, epoch start low")
    void fourVotersDistinct() {
        check(20, new long[] {40, 10, 30, 20}, 5, -1);
    }

    @Test
    @Points(2)
    @DisplayName("Six voters with distinct offsets, epoch start low")
    void sixVotersDistinct() {
        check(30, new long[] {60, 10, 50, 20, 40, 30}, 5, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Five voters, leader far ahead, two followers lagging")
    void fiveVoters() {
        check(96, new long[] {100, 99, 96, 80, 70}, 90, 80);
    }

    @Test
    @Points(2)
    @DisplayName("Five voters: old-epoch records on a majority, then two followers fetch past the epoch start")
    void figure8FiveVoters() {
        // New leader elected at end offset 50; followers hold old records up to 48.
        check(40, new long[] {53, 48, 48, 48, 30}, 50, 40);
        // Two followers fetch 50 (the epoch's first record) and 51.
        check(51, new long[] {53, 51, 51, 48, 30}, 50, 40);
    }

    @Test
    @Points(2)
    @DisplayName("Majority offset exactly equal to the epoch start offset, then a follower fetches the epoch's first record")
    void majorityEqualsEpochStart() {
        check(-1, new long[] {11, 10, 10}, 10, -1);
        check(11, new long[] {11, 11, 10}, 10, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Majority offset one past the epoch start offset")
    void majorityOnePastEpochStart() {
        check(11, new long[] {12, 11, 10}, 10, -1);
    }

    @Test
    @Points(2)
    @DisplayName("Current HW above the majority offset after a voter-set change, then the voters catch up")
    void neverBackwards() {
        check(75, new long[] {90, 60, 50, 40, 80}, 10, 75);
        check(78, new long[] {90, 78, 50, 40, 80}, 10, 75);
    }

    @Test
    @Points(1)
    @DisplayName("Majority offset equal to the current HW, then one follower fetches one more record")
    void equalToCurrent() {
        check(60, new long[] {70, 60, 60}, 10, 60);
        check(61, new long[] {70, 61, 60}, 10, 60);
    }

    @Test
    @Points(1)
    @DisplayName("A single voter whose end offset equals the epoch start, then one past it")
    void singleVoterAtEpochStart() {
        check(3, new long[] {7}, 7, 3);
        check(8, new long[] {8}, 7, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Two voters, one far behind")
    void twoVoters() {
        check(5, new long[] {100, 5}, 2, -1);
    }

    @Test
    @Points(1)
    @DisplayName("All voters at the same offset (duplicates)")
    void allSame() {
        check(42, new long[] {42, 42, 42, 42, 42}, 41, 41);
    }

    @Test
    @Points(1)
    @DisplayName("Duplicate offsets straddling the majority position")
    void duplicatesAtMedian() {
        check(9, new long[] {9, 12, 9, 3, 9, 12, 3}, 8, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Fresh leader of an empty log: every offset zero, then one follower fetches the first record")
    void emptyLogs() {
        check(-1, new long[] {0, 0, 0}, 0, -1);
        check(1, new long[] {1, 1, 0}, 0, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Offsets near 10^15")
    void largeOffsets() {
        long big = 1_000_000_000_000_000L;
        check(big - 1, new long[] {big, big - 1, big - 2}, big - 5, big - 7);
    }

    @Test
    @Points(2)
    @DisplayName("1000 voters with offsets 1..1000 in shuffled order")
    void maxVoters() {
        long[] offsets = new long[1000];
        for (int i = 0; i < 1000; i++) {
            offsets[i] = 1 + (i * 389L) % 1000; // a permutation of 1..1000
        }
        // 501 voters hold >= 500; 500 voters hold >= 501.
        check(500, offsets, 100, 90);
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        long[] offsets = {5, 50, 20, 40, 10};
        long[] before = offsets.clone();
        long result = call(offsets, 1, -1, describe(before, 1, -1));
        assertEquals(20, result, () -> describe(before, 1, -1));
        assertArrayEquals(before, offsets,
                () -> "kraftHighWatermark must not change voterEndOffsets; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(offsets) + " after it");
    }

    @Test
    @Points(3)
    @DisplayName("500 random quorums with random epoch starts and HWs")
    void randomQuorums() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(9);
            int range = 1 + random.nextInt(30);
            long[] offsets = new long[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = random.nextInt(range);
            }
            long epochStart = random.nextInt(range);
            long hw = random.nextInt(4) == 0 ? -1 : random.nextInt(range);
            String description = "seed " + SEED + ", case " + t + ": " + describe(offsets, epochStart, hw);
            long expected = oracle(offsets, epochStart, hw);
            long actual = call(offsets.clone(), epochStart, hw, description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
            // Property: a new HW (if it moved) is reached by a majority of voters.
            if (actual != hw) {
                int reached = 0;
                for (long o : offsets) {
                    if (o >= actual) {
                        reached++;
                    }
                }
                final int r = reached;
                assertTrue(2 * r > n, () -> description + ": the HW " + actual + " is reached by only "
                        + r + " of " + n + " voters");
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("A sequence of fetches feeding each result back as the current HW")
    void monotoneSequence() {
        Random random = new Random(SEED + 1);
        long[] offsets = {20, 15, 15, 15, 15};
        long epochStart = 20;
        long hw = 15;
        for (int step = 0; step < 200; step++) {
            int who = random.nextInt(5);
            // A voter fetches further, or (after a voter-set change) a slot restarts lower.
            offsets[who] = random.nextInt(8) == 0 ? random.nextInt(30) : offsets[who] + random.nextInt(4);
            long expected = oracle(offsets, epochStart, hw);
            String description = "seed " + (SEED + 1) + ", step " + step + ": " + describe(offsets, epochStart, hw);
            long actual = call(offsets.clone(), epochStart, hw, description);
            assertEquals(expected, actual, description);
            assertTrue(actual >= hw, () -> description + ": the HW moved backwards to " + actual);
            hw = actual;
        }
    }
}
