import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Linearizable read gate: hidden tests")
class ReadGateHiddenTest {

    private static final long SEED = 20261128L;

    private static final ReadGate.ReadDecision SERVE = ReadGate.ReadDecision.SERVE;
    private static final ReadGate.ReadDecision TERM = ReadGate.ReadDecision.WAIT_FOR_CURRENT_TERM_COMMIT;
    private static final ReadGate.ReadDecision QUORUM = ReadGate.ReadDecision.NEED_HEARTBEAT_QUORUM;
    private static final ReadGate.ReadDecision APPLY = ReadGate.ReadDecision.WAIT_FOR_APPLY;

    private static String d(boolean committed, int acks, int n, int readIndex, int lastApplied) {
        return "readIndexDecision(" + committed + ", " + acks + ", " + n + ", " + readIndex + ", " + lastApplied + ")";
    }

    private static String l(long now, long start, long timeout, double drift) {
        return "leaseValid(" + now + ", " + start + ", " + timeout + ", " + drift + ")";
    }

    private static ReadGate.ReadDecision decide(boolean committed, int acks, int n, int readIndex, int lastApplied) {
        try {
            return ReadGate.readIndexDecision(committed, acks, n, readIndex, lastApplied);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d(committed, acks, n, readIndex, lastApplied) + " threw " + e, e);
        }
    }

    private static boolean lease(long now, long start, long timeout, double drift) {
        try {
            return ReadGate.leaseValid(now, start, timeout, drift);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(l(now, start, timeout, drift) + " threw " + e, e);
        }
    }

    private static void checkDecision(ReadGate.ReadDecision expected, boolean committed, int acks, int n,
            int readIndex, int lastApplied) {
        assertEquals(expected, decide(committed, acks, n, readIndex, lastApplied),
                () -> d(committed, acks, n, readIndex, lastApplied));
    }

    private static void checkLease(boolean expected, long now, long start, long timeout, double drift) {
        assertEquals(expected, lease(now, start, timeout, drift), () -> l(now, start, timeout, drift));
    }

    /** Oracle for the ReadIndex gate. */
    private static ReadGate.ReadDecision oracle(boolean committed, int acks, int n, int readIndex, int lastApplied) {
        if (!committed) {
            return TERM;
        }
        if (acks <= n / 2) { // acks * 2 <= n, written differently on purpose
            return QUORUM;
        }
        return lastApplied >= readIndex ? SERVE : APPLY;
    }

    @Test
    @Points(2)
    @DisplayName("No current-term commit, no quorum and apply behind, all at once")
    void everythingBlocks() {
        checkDecision(TERM, false, 1, 5, 10, 3);
    }

    @Test
    @Points(2)
    @DisplayName("Current-term entry committed, no quorum, apply behind")
    void quorumBeforeApply() {
        checkDecision(QUORUM, true, 2, 5, 10, 3);
    }

    @Test
    @Points(1)
    @DisplayName("No current-term commit while quorum and apply are fine")
    void termOnly() {
        checkDecision(TERM, false, 5, 5, 4, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Exactly a majority of acks in clusters of 3, 4, 5 and 6")
    void exactMajority() {
        checkDecision(SERVE, true, 2, 3, 1, 1);
        checkDecision(SERVE, true, 3, 4, 1, 1);
        checkDecision(SERVE, true, 3, 5, 1, 1);
        checkDecision(SERVE, true, 4, 6, 1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("One ack fewer than a majority in clusters of 3, 4, 5 and 6")
    void oneShort() {
        checkDecision(QUORUM, true, 1, 3, 1, 1);
        checkDecision(QUORUM, true, 2, 4, 1, 1);
        checkDecision(QUORUM, true, 2, 5, 1, 1);
        checkDecision(QUORUM, true, 3, 6, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("A single-server cluster (the leader acknowledges itself)")
    void singleServer() {
        checkDecision(SERVE, true, 1, 1, 0, 0);
        checkDecision(APPLY, true, 1, 1, 8, 7);
    }

    @Test
    @Points(1)
    @DisplayName("lastApplied exactly equal to readIndex, and one below")
    void applyBoundary() {
        checkDecision(SERVE, true, 3, 3, 42, 42);
        checkDecision(APPLY, true, 3, 3, 42, 41);
    }

    @Test
    @Points(1)
    @DisplayName("Large cluster and indexes near the limits")
    void largeValues() {
        checkDecision(SERVE, true, 501, 1000, 1_000_000_000, 1_000_000_000);
        checkDecision(QUORUM, true, 500, 1000, 0, 1_000_000_000);
        checkDecision(APPLY, true, 1000, 1000, 1_000_000_000, 999_999_999);
    }

    @Test
    @Points(3)
    @DisplayName("Every combination for clusters of 1 to 7 servers")
    void exhaustiveSmall() {
        for (int n = 1; n <= 7; n++) {
            for (int acks = 1; acks <= n; acks++) {
                for (int c = 0; c < 2; c++) {
                    for (int ri = 0; ri <= 3; ri++) {
                        for (int la = 0; la <= 3; la++) {
                            boolean committed = c == 1;
                            ReadGate.ReadDecision expected = oracle(committed, acks, n, ri, la);
                            ReadGate.ReadDecision actual = decide(committed, acks, n, ri, la);
                            if (expected != actual) {
                                assertEquals(expected, actual, d(committed, acks, n, ri, la));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("Lease boundary with drift bound 1.0: one millisecond before and at the end")
    void leaseBoundaryNoDrift() {
        checkLease(true, 10_999, 10_000, 1000, 1.0);
        checkLease(false, 11_000, 10_000, 1000, 1.0);
    }

    @Test
    @Points(2)
    @DisplayName("Lease of timeout 1000 with drift bound 1.0 versus 1.5 at 800 ms")
    void driftOneVersusOneAndAHalf() {
        checkLease(true, 5_800, 5_000, 1000, 1.0);
        checkLease(false, 5_800, 5_000, 1000, 1.5);
        checkLease(true, 5_666, 5_000, 1000, 1.5);  // 1000 / 1.5 = 666.67
        checkLease(false, 5_667, 5_000, 1000, 1.5);
    }

    @Test
    @Points(1)
    @DisplayName("Lease at the very start of the heartbeat round")
    void leaseAtStart() {
        checkLease(true, 700, 700, 1, 1.0);
        checkLease(true, 700, 700, 150, 4.0);
    }

    @Test
    @Points(1)
    @DisplayName("Timeout 1 ms with drift bound 1.0, one millisecond after the round start")
    void tinyLease() {
        checkLease(false, 701, 700, 1, 1.0);
    }

    @Test
    @Points(1)
    @DisplayName("Timestamps near 10^13 with drift bound 2.0")
    void largeTimestamps() {
        long start = 9_999_999_000_000L;
        checkLease(true, start + 499_999, start, 1_000_000, 2.0);
        checkLease(false, start + 500_000, start, 1_000_000, 2.0);
    }

    @Test
    @Points(1)
    @DisplayName("A lease checked long after it ended")
    void longExpired() {
        checkLease(false, 1_000_000, 0, 300, 1.25);
    }

    @Test
    @Points(3)
    @DisplayName("500 random leases with drift bounds in steps of 1/8")
    void randomLeases() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            long timeout = 1 + random.nextInt(5000);
            int eighths = random.nextInt(25);              // drift 1.0 .. 4.0 in steps of 0.125 (exact)
            double drift = 1.0 + eighths / 8.0;
            long start = (long) (random.nextDouble() * 1e12);
            // lease = 8 * timeout / (8 + eighths): test around its integer floor and ceiling.
            long floor = (8 * timeout) / (8 + eighths);
            long elapsed = Math.max(0, floor - 1 + random.nextInt(4));
            long now = start + elapsed;
            boolean expected = elapsed * (8L + eighths) < 8L * timeout; // exact integer oracle
            String description = "seed " + SEED + ", case " + t + ": " + l(now, start, timeout, drift);
            boolean actual = lease(now, start, timeout, drift);
            if (expected != actual) {
                assertEquals(expected, actual, description);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("500 random leader states in clusters of up to 1000 servers")
    void randomDecisions() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(1000);
            int acks = Math.max(1, Math.min(n, n / 2 + random.nextInt(5) - 2));
            boolean committed = random.nextInt(5) != 0;
            int readIndex = random.nextInt(100);
            int lastApplied = Math.max(0, readIndex + random.nextInt(5) - 2);
            ReadGate.ReadDecision expected = oracle(committed, acks, n, readIndex, lastApplied);
            String description = "seed " + (SEED + 1) + ", case " + t + ": " + d(committed, acks, n, readIndex, lastApplied);
            ReadGate.ReadDecision actual = decide(committed, acks, n, readIndex, lastApplied);
            if (expected != actual) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
