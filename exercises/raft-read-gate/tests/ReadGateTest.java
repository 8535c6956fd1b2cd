import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Linearizable read gate: examples from the statement")
class ReadGateTest {

    private static void decision(ReadGate.ReadDecision expected, boolean committed, int acks, int n,
            int readIndex, int lastApplied) {
        String call = "readIndexDecision(" + committed + ", " + acks + ", " + n + ", " + readIndex + ", "
                + lastApplied + ")";
        assertEquals(expected, ReadGate.readIndexDecision(committed, acks, n, readIndex, lastApplied), call);
    }

    private static void lease(boolean expected, long now, long start, long timeout, double drift) {
        String call = "leaseValid(" + now + ", " + start + ", " + timeout + ", " + drift + ")";
        assertEquals(expected, ReadGate.leaseValid(now, start, timeout, drift), call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: new leader, no entry of its term committed")
    void example1() {
        decision(ReadGate.ReadDecision.WAIT_FOR_CURRENT_TERM_COMMIT, false, 3, 3, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: 2 heartbeat acks in a cluster of 4")
    void example2() {
        decision(ReadGate.ReadDecision.NEED_HEARTBEAT_QUORUM, true, 2, 4, 7, 7);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3 and 4: readIndex 7 with lastApplied 6 and 9")
    void example3and4() {
        decision(ReadGate.ReadDecision.WAIT_FOR_APPLY, true, 3, 5, 7, 6);
        decision(ReadGate.ReadDecision.SERVE, true, 3, 5, 7, 9);
    }

    @Test
    @Points(1)
    @DisplayName("Examples 5 and 6: lease of 1500 ms with drift 1.5, just before and at its end")
    void example5and6() {
        lease(true, 1999, 1000, 1500, 1.5);
        lease(false, 2000, 1000, 1500, 1.5);
    }

    @Test
    @Points(1)
    @DisplayName("Example 7: now 2400, lease from 1000, timeout 1500, drift 1.0 and 1.5")
    void example7() {
        lease(true, 2400, 1000, 1500, 1.0);
        lease(false, 2400, 1000, 1500, 1.5);
    }
}
