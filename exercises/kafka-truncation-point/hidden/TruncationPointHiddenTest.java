import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Truncation point: hidden tests")
class TruncationPointHiddenTest {

    private static final long SEED = 20261128L;

    private static String cache(int[] epochs, long[] starts, long leo) {
        if (epochs.length > 20) {
            return "<cache of " + epochs.length + " epochs>, " + leo;
        }
        return Arrays.toString(epochs) + ", " + Arrays.toString(starts) + ", " + leo;
    }

    private static long[] end(int[] epochs, long[] starts, long leo, int requested) {
        String d = "endOffsetForEpoch(" + cache(epochs, starts, leo) + ", " + requested + ")";
        try {
            return TruncationPoint.endOffsetForEpoch(epochs, starts, leo, requested);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static long trunc(int[] epochs, long[] starts, long leo, int lastEpoch, long fetchOffset) {
        String d = "followerTruncationOffset(" + cache(epochs, starts, leo) + ", " + lastEpoch + ", "
                + fetchOffset + ")";
        try {
            return TruncationPoint.followerTruncationOffset(epochs, starts, leo, lastEpoch, fetchOffset);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static void checkEnd(long epoch, long endOffset, int[] epochs, long[] starts, long leo, int req) {
        assertArrayEquals(new long[] {epoch, endOffset}, end(epochs, starts, leo, req),
                "endOffsetForEpoch(" + cache(epochs, starts, leo) + ", " + req + ")");
    }

    private static void checkTrunc(long expected, int[] epochs, long[] starts, long leo, int lastEpoch,
            long fetchOffset) {
        assertEquals(expected, trunc(epochs, starts, leo, lastEpoch, fetchOffset),
                "followerTruncationOffset(" + cache(epochs, starts, leo) + ", " + lastEpoch + ", "
                        + fetchOffset + ")");
    }

    /** Oracle: a linear scan from the left, written independently of any search. */
    private static long[] oracleEnd(int[] epochs, long[] starts, long leo, int requested) {
        if (requested < epochs[0]) {
            return new long[] {requested, starts[0]};
        }
        int k = 0;
        while (k + 1 < epochs.length && epochs[k + 1] <= requested) {
            k++;
        }
        return new long[] {epochs[k], k + 1 < epochs.length ? starts[k + 1] : leo};
    }

    private static long oracleTrunc(int[] epochs, long[] starts, long leo, int lastEpoch, long fetchOffset) {
        long[] a = oracleEnd(epochs, starts, leo, lastEpoch);
        if (a[0] == lastEpoch && a[1] >= fetchOffset) {
            return -1;
        }
        return Math.min(a[1], fetchOffset);
    }

    // A leader that went through epochs 1, 3, 4 and 7: 1 -> 0..49, 3 -> 50..79, 4 -> 80..119, 7 -> 120..139.
    private static final int[] E = {1, 3, 4, 7};
    private static final long[] S = {0, 50, 80, 120};
    private static final long LEO = 140;

    @Test
    @Points(2)
    @DisplayName("Followers that are prefixes of the leader's log, in several epochs")
    void cleanPrefixes() {
        checkTrunc(-1, E, S, LEO, 1, 50);
        checkTrunc(-1, E, S, LEO, 1, 10);
        checkTrunc(-1, E, S, LEO, 3, 80);
        checkTrunc(-1, E, S, LEO, 4, 100);
        checkTrunc(-1, E, S, LEO, 7, 140);
        checkTrunc(-1, E, S, LEO, 7, 121);
    }

    @Test
    @Points(2)
    @DisplayName("A follower with records from an epoch the leader never saw")
    void unseenEpoch() {
        checkTrunc(50, E, S, LEO, 2, 90);
        checkTrunc(120, E, S, LEO, 5, 130);
        checkTrunc(120, E, S, LEO, 6, 125);
    }

    @Test
    @Points(2)
    @DisplayName("A follower with more records of an epoch than the leader had in it")
    void longerSameEpoch() {
        checkTrunc(80, E, S, LEO, 3, 95);
        checkTrunc(50, E, S, LEO, 1, 51);
        checkTrunc(140, E, S, LEO, 7, 150);
    }

    @Test
    @Points(2)
    @DisplayName("Offsets exactly at the start of the next epoch")
    void epochEndBoundary() {
        checkEnd(3, 80, E, S, LEO, 3);
        checkEnd(1, 50, E, S, LEO, 1);
        checkTrunc(-1, E, S, LEO, 4, 120);
        checkTrunc(120, E, S, LEO, 4, 121);
    }

    @Test
    @Points(2)
    @DisplayName("Requested epochs between, at and after the cached ones")
    void endOffsetsEverywhere() {
        checkEnd(1, 50, E, S, LEO, 2);
        checkEnd(4, 120, E, S, LEO, 4);
        checkEnd(4, 120, E, S, LEO, 5);
        checkEnd(4, 120, E, S, LEO, 6);
        checkEnd(7, 140, E, S, LEO, 7);
    }

    @Test
    @Points(2)
    @DisplayName("A requested epoch older than the first cache entry")
    void olderThanFirst() {
        int[] e = {10, 12};
        long[] s = {5000, 5600};
        checkEnd(9, 5000, e, s, 6000, 9);
        checkEnd(0, 5000, e, s, 6000, 0);
        checkTrunc(5000, e, s, 6000, 9, 5300);
        checkTrunc(-1, e, s, 6000, 9, 4800);
    }

    @Test
    @Points(2)
    @DisplayName("A diverged follower whose log ends before the leader's epoch end")
    void neverPastFetchOffset() {
        checkTrunc(60, E, S, LEO, 5, 60);
        checkTrunc(0, E, S, LEO, 2, 0);
        checkTrunc(119, E, S, LEO, 6, 119);
    }

    @Test
    @Points(1)
    @DisplayName("A cache with a single epoch")
    void singleEpoch() {
        int[] e = {3};
        long[] s = {0};
        checkEnd(3, 77, e, s, 77, 3);
        checkTrunc(-1, e, s, 77, 3, 77);
        checkTrunc(77, e, s, 77, 3, 90);
        checkTrunc(-1, e, s, 77, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("An empty follower log and a leader whose current epoch has no records yet")
    void emptyLogs() {
        int[] e = {0, 1};
        long[] s = {0, 40};
        checkEnd(1, 40, e, s, 40, 1);
        checkTrunc(-1, e, s, 40, 0, 0);
        checkTrunc(-1, e, s, 40, 1, 40);
        checkTrunc(40, e, s, 40, 1, 41);
    }

    @Test
    @Points(1)
    @DisplayName("Offsets near 10^15 and large epoch numbers")
    void largeValues() {
        long big = 1_000_000_000_000_000L;
        int[] e = {1_000_000, 2_000_000_000};
        long[] s = {big - 1000, big - 10};
        checkEnd(1_000_000, big - 10, e, s, big, 1_999_999_999);
        checkTrunc(big - 10, e, s, big, 1_500_000, big - 5);
    }

    @Test
    @Points(1)
    @DisplayName("The input arrays are left unchanged")
    void inputsNotModified() {
        int[] e = E.clone();
        long[] s = S.clone();
        end(e, s, LEO, 5);
        trunc(e, s, LEO, 5, 130);
        assertArrayEquals(E, e, "the epochs array was modified");
        assertArrayEquals(S, s, "the startOffsets array was modified");
    }

    @Test
    @Points(2)
    @DisplayName("A cache of 100000 epochs, queried 2000 times")
    void maxSize() {
        int n = 100_000;
        int[] e = new int[n];
        long[] s = new long[n];
        for (int i = 0; i < n; i++) {
            e[i] = 3 * i + 1;
            s[i] = 10L * i;
        }
        long leo = 10L * n + 5;
        for (int q = 0; q < 2000; q++) {
            int req = (int) ((q * 7919L) % (3L * n + 1));
            long[] want = oracleEnd(e, s, leo, req);
            long[] got = end(e, s, leo, req);
            if (!Arrays.equals(want, got)) {
                assertArrayEquals(want, got, "endOffsetForEpoch(<cache of 100000 epochs>, " + req + ")");
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("500 random leader caches and followers")
    void randomCaches() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(6);
            int[] e = new int[n];
            long[] s = new long[n];
            int epoch = random.nextInt(3);
            long offset = random.nextInt(3) == 0 ? random.nextInt(50) : 0;
            for (int i = 0; i < n; i++) {
                e[i] = epoch;
                s[i] = offset;
                epoch += 1 + random.nextInt(3);
                offset += 1 + random.nextInt(20);
            }
            long leo = s[n - 1] + random.nextInt(20);
            int lastEpoch = random.nextInt(e[n - 1] + 1);
            long fetchOffset = random.nextInt((int) leo + 15);
            String c = "seed " + SEED + ", case " + t + ": ";

            long[] wantEnd = oracleEnd(e, s, leo, lastEpoch);
            long[] gotEnd = end(e.clone(), s.clone(), leo, lastEpoch);
            if (!Arrays.equals(wantEnd, gotEnd)) {
                assertArrayEquals(wantEnd, gotEnd,
                        c + "endOffsetForEpoch(" + cache(e, s, leo) + ", " + lastEpoch + ")");
            }
            long want = oracleTrunc(e, s, leo, lastEpoch, fetchOffset);
            long got = trunc(e.clone(), s.clone(), leo, lastEpoch, fetchOffset);
            String d = c + "followerTruncationOffset(" + cache(e, s, leo) + ", " + lastEpoch + ", "
                    + fetchOffset + ")";
            if (got > fetchOffset) {
                fail(d + " returned " + got + ", beyond the follower's own log end " + fetchOffset);
            }
            if (got != want) {
                assertEquals(want, got, d);
            }
        }
    }
}
