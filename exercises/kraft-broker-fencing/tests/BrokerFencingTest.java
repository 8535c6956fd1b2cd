import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the example timeline from the statement. */
@DisplayName("Broker fencing: examples from the statement")
class BrokerFencingTest {

    @Test
    @Points(1)
    @DisplayName("Example: register broker 1 at 0, heartbeats at 2000 (not caught up) and 4000 (caught up)")
    void registerThenCatchUp() {
        BrokerFencing f = new BrokerFencing(9000);
        long e = f.register(1, 0);
        assertTrue(e > 0, "register(1, 0) must return a positive epoch, got " + e);
        assertEquals(true, f.isFenced(1, 100), "isFenced(1, 100) right after register");
        assertEquals(true, f.heartbeat(1, e, 2000, false), "heartbeat(1, " + e + ", 2000, false)");
        assertEquals(true, f.isFenced(1, 2000), "isFenced(1, 2000) after a not-caught-up heartbeat");
        assertEquals(true, f.heartbeat(1, e, 4000, true), "heartbeat(1, " + e + ", 4000, true)");
        assertEquals(false, f.isFenced(1, 4000), "isFenced(1, 4000) after a caught-up heartbeat");
    }

    @Test
    @Points(1)
    @DisplayName("Example: last contact at 4000, checked at 12999 and 13000")
    void sessionBoundary() {
        BrokerFencing f = new BrokerFencing(9000);
        long e = f.register(1, 0);
        f.heartbeat(1, e, 4000, true);
        assertEquals(false, f.isFenced(1, 12999), "isFenced(1, 12999), last contact at 4000");
        assertEquals(true, f.isFenced(1, 13000), "isFenced(1, 13000), last contact at 4000");
    }

    @Test
    @Points(1)
    @DisplayName("Example: a late heartbeat at 15000 (not caught up), then a caught-up one at 16000")
    void lateHeartbeat() {
        BrokerFencing f = new BrokerFencing(9000);
        long e = f.register(1, 0);
        f.heartbeat(1, e, 4000, true);
        assertEquals(true, f.heartbeat(1, e, 15000, false), "heartbeat(1, " + e + ", 15000, false)");
        assertEquals(true, f.isFenced(1, 15000), "isFenced(1, 15000) after the late heartbeat");
        assertEquals(true, f.heartbeat(1, e, 16000, true), "heartbeat(1, " + e + ", 16000, true)");
        assertEquals(false, f.isFenced(1, 16000), "isFenced(1, 16000)");
    }

    @Test
    @Points(1)
    @DisplayName("Example: broker 1 registers again at 17000; a heartbeat with the old epoch follows")
    void reRegistration() {
        BrokerFencing f = new BrokerFencing(9000);
        long e1 = f.register(1, 0);
        f.heartbeat(1, e1, 16000, true);
        long e2 = f.register(1, 17000);
        assertTrue(e2 > e1, "the second registration returned " + e2 + " after " + e1);
        assertEquals(false, f.heartbeat(1, e1, 17500, true), "heartbeat with the old epoch " + e1);
        assertEquals(true, f.isFenced(1, 17500), "isFenced(1, 17500) after re-registration");
    }
}
