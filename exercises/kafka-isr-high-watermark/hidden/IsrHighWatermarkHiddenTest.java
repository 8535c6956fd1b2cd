import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("ISR high watermark: hidden tests")
class IsrHighWatermarkHiddenTest {

    private static final long SEED = 20261126L;
    private static final IsrHighWatermark.ProduceResult OK = IsrHighWatermark.ProduceResult.ACCEPTED;
    private static final IsrHighWatermark.ProduceResult NOT_ENOUGH =
            IsrHighWatermark.ProduceResult.NOT_ENOUGH_REPLICAS;

    private static String show(long[] leo, boolean[] inIsr) {
        return Arrays.toString(leo) + ", " + Arrays.toString(inIsr);
    }

    private static long hw(long[] leo, boolean[] inIsr) {
        String d = "partitionHighWatermark(" + show(leo, inIsr) + ")";
        try {
            return IsrHighWatermark.partitionHighWatermark(leo, inIsr);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static IsrHighWatermark.ProduceResult admit(int acks, int isr, int min) {
        try {
            return IsrHighWatermark.admit(acks, isr, min);
        } catch (RuntimeException | StackOverflowError e) {
            return fail("admit(" + acks + ", " + isr + ", " + min + ") threw " + e, e);
        }
    }

    private static boolean ackAll(long offset, long[] leo, boolean[] inIsr) {
        String d = "ackAllSatisfied(" + offset + ", " + show(leo, inIsr) + ")";
        try {
            return IsrHighWatermark.ackAllSatisfied(offset, leo, inIsr);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static void checkHw(long expected, long[] leo, boolean[] inIsr) {
        String d = "partitionHighWatermark(" + show(leo, inIsr) + ")";
        assertEquals(expected, hw(leo, inIsr), d);
    }

    private static void checkAdmit(IsrHighWatermark.ProduceResult expected, int acks, int isr, int min) {
        assertEquals(expected, admit(acks, isr, min), "admit(" + acks + ", " + isr + ", " + min + ")");
    }

    private static void checkAck(boolean expected, long offset, long[] leo, boolean[] inIsr) {
        String d = "ackAllSatisfied(" + offset + ", " + show(leo, inIsr) + ")";
        assertEquals(expected, ackAll(offset, leo, inIsr), d);
    }

    private static long oracleHw(long[] leo, boolean[] inIsr) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < leo.length; i++) {
            if (inIsr[i]) {
                best = Math.min(best, leo[i]);
            }
        }
        return best;
    }

    @Test
    @Points(2)
    @DisplayName("A lagging follower outside the ISR, RF=5")
    void laggingNonIsrFollowerIgnored() {
        checkHw(500, new long[] {510, 500, 3, 505, 0}, new boolean[] {true, true, false, true, false});
    }

    @Test
    @Points(1)
    @DisplayName("The ISR is only the leader")
    void isrOnlyLeader() {
        checkHw(77, new long[] {77, 10, 20}, new boolean[] {true, false, false});
    }

    @Test
    @Points(1)
    @DisplayName("Replication factor 1")
    void singleReplica() {
        checkHw(42, new long[] {42}, new boolean[] {true});
    }

    @Test
    @Points(1)
    @DisplayName("The slowest ISR member is the last replica")
    void slowestIsLast() {
        checkHw(9, new long[] {12, 11, 10, 9}, new boolean[] {true, true, true, true});
    }

    @Test
    @Points(1)
    @DisplayName("Every replica has an empty log")
    void emptyLogs() {
        checkHw(0, new long[] {0, 0, 0}, new boolean[] {true, true, true});
    }

    @Test
    @Points(1)
    @DisplayName("Offsets near 10^15")
    void largeOffsets() {
        long big = 1_000_000_000_000_000L;
        checkHw(big - 3, new long[] {big, big - 3, 5}, new boolean[] {true, true, false});
    }

    @Test
    @Points(2)
    @DisplayName("acks=-1 on RF=3 with min.insync.replicas=2 and 1, 2 or 3 replicas in sync")
    void rf3MinIsr2() {
        checkAdmit(NOT_ENOUGH, -1, 1, 2);
        checkAdmit(OK, -1, 2, 2);
        checkAdmit(OK, -1, 3, 2);
    }

    @Test
    @Points(2)
    @DisplayName("acks=1 and acks=0 with an ISR smaller than min.insync.replicas")
    void acks1And0IgnoreMinIsr() {
        checkAdmit(OK, 1, 1, 2);
        checkAdmit(OK, 0, 1, 2);
        checkAdmit(OK, 1, 1, 3);
        checkAdmit(OK, 0, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("acks=-1 with min.insync.replicas=1 and a lone leader")
    void minIsrOne() {
        checkAdmit(OK, -1, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("acks=-1, an ISR of 3 and min.insync.replicas=4 (the model's rule, not Kafka 3.7's cap)")
    void minIsrAboveRf() {
        checkAdmit(NOT_ENOUGH, -1, 3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Records at offsets HW-1 and HW")
    void visibilityBoundary() {
        long[] leo = {200, 150, 180};
        boolean[] isr = {true, true, true};
        checkAck(true, 149, leo, isr);
        checkAck(false, 150, leo, isr);
        checkAck(true, 0, leo, isr);
    }

    @Test
    @Points(1)
    @DisplayName("A record that only out-of-ISR replicas are missing")
    void ackIgnoresNonIsr() {
        checkAck(true, 120, new long[] {130, 125, 10}, new boolean[] {true, true, false});
    }

    @Test
    @Points(1)
    @DisplayName("A record the leader itself has not written yet")
    void beyondLeader() {
        checkAck(false, 130, new long[] {130, 130}, new boolean[] {true, true});
    }

    @Test
    @Points(1)
    @DisplayName("The input arrays are left unchanged")
    void inputsNotModified() {
        long[] leo = {30, 20, 10, 25};
        boolean[] isr = {true, false, true, true};
        long[] leoBefore = leo.clone();
        boolean[] isrBefore = isr.clone();
        hw(leo, isr);
        ackAll(15, leo, isr);
        assertArrayEquals(leoBefore, leo, "the leo array was modified");
        assertArrayEquals(isrBefore, isr, "the inIsr array was modified");
    }

    @Test
    @Points(2)
    @DisplayName("1000 replicas, most of them outside the ISR")
    void maxSize() {
        long[] leo = new long[1000];
        boolean[] isr = new boolean[1000];
        for (int i = 0; i < 1000; i++) {
            leo[i] = 1_000_000L - i;
            isr[i] = i % 7 == 0;
        }
        checkHw(oracleHw(leo, isr), leo, isr);
    }

    @Test
    @Points(3)
    @DisplayName("500 random partitions and produce requests")
    void randomPartitions() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(7);
            long[] leo = new long[n];
            boolean[] isr = new boolean[n];
            leo[0] = random.nextInt(1000);
            isr[0] = true;
            int isrSize = 1;
            for (int i = 1; i < n; i++) {
                leo[i] = random.nextInt((int) leo[0] + 1);
                isr[i] = random.nextBoolean();
                if (isr[i]) {
                    isrSize++;
                }
            }
            String c = "seed " + SEED + ", case " + t + ": ";
            long expected = oracleHw(leo, isr);
            long actual = hw(leo.clone(), isr.clone());
            if (actual != expected) {
                assertEquals(expected, actual, c + "partitionHighWatermark(" + show(leo, isr) + ")");
            }
            long offset = random.nextInt((int) leo[0] + 2);
            boolean ack = ackAll(offset, leo.clone(), isr.clone());
            if (ack != (offset < expected)) {
                assertEquals(offset < expected, ack,
                        c + "ackAllSatisfied(" + offset + ", " + show(leo, isr) + ")");
            }
            int acks = random.nextInt(3) - 1;
            int min = 1 + random.nextInt(n + 1);
            IsrHighWatermark.ProduceResult want = (acks == -1 && isrSize < min) ? NOT_ENOUGH : OK;
            IsrHighWatermark.ProduceResult got = admit(acks, isrSize, min);
            if (got != want) {
                assertEquals(want, got, c + "admit(" + acks + ", " + isrSize + ", " + min + ")");
            }
        }
    }
}
