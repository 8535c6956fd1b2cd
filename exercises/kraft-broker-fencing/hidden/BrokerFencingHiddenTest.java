import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the scenario, never the answer. */
@DisplayName("Broker fencing: hidden tests")
class BrokerFencingHiddenTest {

    private static final long SEED = 20261127L;

    /** Wraps a tracker so that exceptions become readable failures. */
    private static final class T {
        final BrokerFencing f;

        T(long timeout) {
            try {
                f = new BrokerFencing(timeout);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("new BrokerFencing(" + timeout + ") threw " + e, e);
            }
        }

        long register(int id, long now) {
            try {
                return f.register(id, now);
            } catch (RuntimeException | StackOverflowError e) {
                return fail("register(" + id + ", " + now + ") threw " + e, e);
            }
        }

        boolean heartbeat(int id, long epoch, long now, boolean caughtUp) {
            try {
                return f.heartbeat(id, epoch, now, caughtUp);
            } catch (RuntimeException | StackOverflowError e) {
                return fail("heartbeat(" + id + ", " + epoch + ", " + now + ", " + caughtUp + ") threw " + e, e);
            }
        }

        boolean isFenced(int id, long now) {
            try {
                return f.isFenced(id, now);
            } catch (RuntimeException | StackOverflowError e) {
                return fail("isFenced(" + id + ", " + now + ") threw " + e, e);
            }
        }

        void expectFenced(boolean expected, int id, long now, String context) {
            assertEquals(expected, isFenced(id, now), context + ": isFenced(" + id + ", " + now + ")");
        }
    }

    /**
     * Oracle, written from the history of accepted contacts instead of a fenced flag: the
     * registration is the first contact of an incarnation. A broker is unfenced at nowMs exactly
     * when its session is live at nowMs, some accepted heartbeat of this incarnation reported
     * caught-up, and no later contact came after a gap of a full session or more.
     */
    private static final class Oracle {
        final long timeout;
        final Map<Integer, Long> epoch = new HashMap<>();
        final Map<Integer, List<long[]>> contacts = new HashMap<>(); // {time, caughtUp ? 1 : 0}

        Oracle(long timeout) {
            this.timeout = timeout;
        }

        void register(int id, long now, long epochGiven) {
            epoch.put(id, epochGiven);
            List<long[]> history = new ArrayList<>();
            history.add(new long[] {now, 0});
            contacts.put(id, history);
        }

        boolean heartbeat(int id, long e, long now, boolean caughtUp) {
            Long cur = epoch.get(id);
            if (cur == null || cur != e) {
                return false;
            }
            contacts.get(id).add(new long[] {now, caughtUp ? 1 : 0});
            return true;
        }

        boolean isFenced(int id, long now) {
            if (!epoch.containsKey(id)) {
                return true;
            }
            List<long[]> h = contacts.get(id);
            if (now - h.get(h.size() - 1)[0] >= timeout) {
                return true;
            }
            int lastCaughtUp = -1;
            for (int i = 0; i < h.size(); i++) {
                if (h.get(i)[1] == 1) {
                    lastCaughtUp = i;
                }
            }
            if (lastCaughtUp < 0) {
                return true;
            }
            for (int i = lastCaughtUp + 1; i < h.size(); i++) {
                if (h.get(i)[0] - h.get(i - 1)[0] >= timeout) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    @Points(2)
    @DisplayName("A new registration followed by several heartbeats that are not caught up")
    void fencedUntilCaughtUp() {
        T t = new T(9000);
        long e = t.register(3, 1000);
        for (long now = 1000; now <= 9000; now += 2000) {
            assertEquals(true, t.heartbeat(3, e, now, false), "heartbeat(3, " + e + ", " + now + ", false)");
            t.expectFenced(true, 3, now, "broker 3 has never reported caught-up");
        }
        assertEquals(true, t.heartbeat(3, e, 11000, true), "heartbeat(3, " + e + ", 11000, true)");
        t.expectFenced(false, 3, 11000, "broker 3 just reported caught-up");
    }

    @Test
    @Points(2)
    @DisplayName("Caught-up heartbeats every 2000 ms for 100 seconds")
    void regularHeartbeatsKeepUnfenced() {
        T t = new T(9000);
        long e = t.register(7, 0);
        for (long now = 0; now <= 100_000; now += 2000) {
            t.expectFenced(now == 0, 7, now, "before the heartbeat at " + now);
            t.heartbeat(7, e, now, true);
            t.expectFenced(false, 7, now + 1999, "heartbeats every 2000 ms");
        }
    }

    @Test
    @Points(2)
    @DisplayName("Last contact at 5000 with a 9000 ms session, checked around 14000")
    void exactBoundary() {
        T t = new T(9000);
        long e = t.register(2, 0);
        t.heartbeat(2, e, 5000, true);
        t.expectFenced(false, 2, 13999, "8999 ms after the last contact");
        t.expectFenced(true, 2, 14000, "9000 ms after the last contact");
        t.expectFenced(true, 2, 14001, "9001 ms after the last contact");
    }

    @Test
    @Points(1)
    @DisplayName("A 1 ms session timeout")
    void oneMillisecondSession() {
        T t = new T(1);
        long e = t.register(0, 50);
        t.heartbeat(0, e, 60, true);
        t.expectFenced(false, 0, 60, "checked in the same millisecond as the heartbeat");
        t.expectFenced(true, 0, 61, "checked one millisecond later");
    }

    @Test
    @Points(1)
    @DisplayName("A registration that is never followed by a heartbeat")
    void registrationAloneNeverUnfences() {
        T t = new T(9000);
        t.register(4, 0);
        t.expectFenced(true, 4, 0, "just registered");
        t.expectFenced(true, 4, 8999, "registered, no heartbeat");
        t.expectFenced(true, 4, 20000, "registered, no heartbeat");
    }

    @Test
    @Points(2)
    @DisplayName("A heartbeat from the previous incarnation after re-registration")
    void staleIncarnation() {
        T t = new T(9000);
        long old = t.register(5, 0);
        t.heartbeat(5, old, 1000, true);
        long fresh = t.register(5, 2000);
        assertTrue(fresh > old, "re-registration returned " + fresh + " after " + old);
        assertEquals(false, t.heartbeat(5, old, 2500, true), "heartbeat(5, old epoch " + old + ", 2500, true)");
        t.expectFenced(true, 5, 2500, "only the old incarnation reported caught-up");
        assertEquals(true, t.heartbeat(5, fresh, 3000, true), "heartbeat(5, new epoch " + fresh + ", 3000, true)");
        t.expectFenced(false, 5, 3000, "the new incarnation reported caught-up");
    }

    @Test
    @Points(1)
    @DisplayName("A heartbeat with an epoch that was never handed out")
    void futureEpoch() {
        T t = new T(9000);
        long e = t.register(6, 0);
        assertEquals(false, t.heartbeat(6, e + 1000, 100, true), "heartbeat with epoch " + (e + 1000));
        t.expectFenced(true, 6, 100, "after a heartbeat with an unknown epoch");
    }

    @Test
    @Points(1)
    @DisplayName("A rejected heartbeat followed by a check near the end of the session")
    void rejectedHeartbeatDoesNotRenew() {
        T t = new T(9000);
        long old = t.register(8, 0);
        long fresh = t.register(8, 1000);
        t.heartbeat(8, fresh, 4000, true);
        t.heartbeat(8, old, 10000, true); // stale, must not renew the session
        t.expectFenced(true, 8, 13000, "last accepted contact at 4000");
    }

    @Test
    @Points(2)
    @DisplayName("Registrations of many brokers in the same millisecond")
    void epochsStrictlyIncreasing() {
        T t = new T(9000);
        long prev = 0;
        for (int i = 0; i < 50; i++) {
            int id = (i * 37) % 20;
            long e = t.register(id, 500);
            assertTrue(e > prev, "registration " + i + " (broker " + id + ") returned epoch " + e
                    + ", previous epoch was " + prev);
            prev = e;
        }
    }

    @Test
    @Points(1)
    @DisplayName("A broker that never registered")
    void unknownBroker() {
        T t = new T(9000);
        t.register(1, 0);
        assertEquals(false, t.heartbeat(2, 1, 10, true), "heartbeat(2, 1, 10, true) for an unknown broker");
        t.expectFenced(true, 2, 10, "broker 2 never registered");
    }

    @Test
    @Points(1)
    @DisplayName("A live, unfenced broker that sends a not-caught-up heartbeat")
    void notCaughtUpDoesNotFenceLiveBroker() {
        T t = new T(9000);
        long e = t.register(9, 0);
        t.heartbeat(9, e, 1000, true);
        assertEquals(true, t.heartbeat(9, e, 3000, false), "heartbeat(9, " + e + ", 3000, false)");
        t.expectFenced(false, 9, 3000, "unfenced broker, session valid");
        t.expectFenced(false, 9, 11999, "last contact at 3000");
        t.expectFenced(true, 9, 12000, "last contact at 3000");
    }

    @Test
    @Points(2)
    @DisplayName("An expired broker whose next heartbeat is not caught up")
    void expiryIsSticky() {
        T t = new T(9000);
        long e = t.register(10, 0);
        t.heartbeat(10, e, 0, true);
        t.heartbeat(10, e, 9000, false); // the session expired exactly at 9000
        t.expectFenced(true, 10, 9000, "heartbeat after expiry, not caught up");
        t.expectFenced(true, 10, 10000, "heartbeat after expiry, not caught up");
        t.heartbeat(10, e, 11000, true);
        t.expectFenced(false, 10, 11000, "caught up again");
    }

    @Test
    @Points(1)
    @DisplayName("Two trackers used side by side")
    void trackersAreIndependent() {
        T a = new T(9000);
        T b = new T(9000);
        long e = a.register(1, 0);
        a.heartbeat(1, e, 0, true);
        b.expectFenced(true, 1, 0, "second tracker, broker 1 never registered there");
        assertEquals(false, b.heartbeat(1, e, 10, true), "heartbeat on the second tracker");
        a.expectFenced(false, 1, 10, "first tracker");
    }

    @Test
    @Points(1)
    @DisplayName("Broker ids 0 and 999 with times near 10^15")
    void extremes() {
        long base = 1_000_000_000_000_000L - 2_000_000_000L; // the last call stays <= 10^15
        T t = new T(1_000_000_000L);
        long e0 = t.register(0, base);
        long e9 = t.register(999, base);
        t.heartbeat(0, e0, base + 1, true);
        t.heartbeat(999, e9, base + 2, true);
        t.expectFenced(false, 0, base + 50_000, "broker 0");
        t.expectFenced(false, 999, base + 50_000, "broker 999");
        t.expectFenced(true, 0, base + 1 + 1_000_000_000L, "broker 0 after a full session");
    }

    @Test
    @Points(1)
    @DisplayName("100000 heartbeats on one tracker")
    void manyCalls() {
        T t = new T(9000);
        long[] e = new long[10];
        for (int i = 0; i < 10; i++) {
            e[i] = t.register(i, 0);
        }
        for (int k = 0; k < 100_000; k++) {
            t.heartbeat(k % 10, e[k % 10], k, true);
        }
        for (int i = 0; i < 10; i++) {
            t.expectFenced(false, i, 100_000, "broker " + i + " after 100000 heartbeats");
        }
    }

    @Test
    @Points(3)
    @DisplayName("300 random sequences of registrations, heartbeats and checks")
    void randomSequences() {
        Random random = new Random(SEED);
        for (int c = 0; c < 300; c++) {
            long timeout = 1 + random.nextInt(20);
            T t = new T(timeout);
            Oracle o = new Oracle(timeout);
            Map<Integer, Long> previousEpoch = new HashMap<>();
            long now = 0;
            long lastEpoch = 0;
            StringBuilder trace = new StringBuilder("new BrokerFencing(" + timeout + ")");
            for (int step = 0; step < 40; step++) {
                now += random.nextInt(8);
                int id = random.nextInt(4);
                int op = random.nextInt(10);
                String where = "seed " + SEED + ", case " + c + ", step " + step + "; calls so far: " + trace;
                if (op == 0) {
                    long e = t.register(id, now);
                    trace.append("; register(").append(id).append(", ").append(now).append(")=").append(e);
                    if (e <= lastEpoch) {
                        fail(where + ": epoch " + e + " is not above the previous epoch " + lastEpoch);
                    }
                    Long cur = o.epoch.get(id);
                    if (cur != null) {
                        previousEpoch.put(id, cur);
                    }
                    lastEpoch = e;
                    o.register(id, now, e);
                } else if (op <= 5) {
                    long e;
                    int pick = random.nextInt(6);
                    if (pick == 0 && previousEpoch.containsKey(id)) {
                        e = previousEpoch.get(id);
                    } else if (pick == 1) {
                        e = lastEpoch + 1;
                    } else {
                        e = o.epoch.getOrDefault(id, 1L);
                    }
                    boolean caughtUp = random.nextInt(3) > 0;
                    boolean want = o.heartbeat(id, e, now, caughtUp);
                    boolean got = t.heartbeat(id, e, now, caughtUp);
                    trace.append("; heartbeat(").append(id).append(", ").append(e).append(", ")
                            .append(now).append(", ").append(caughtUp).append(")");
                    if (got != want) {
                        assertEquals(want, got, where + ": the last heartbeat's return value");
                    }
                } else {
                    boolean want = o.isFenced(id, now);
                    boolean got = t.isFenced(id, now);
                    if (got != want) {
                        assertEquals(want, got, where + "; then isFenced(" + id + ", " + now + ")");
                    }
                }
            }
        }
    }
}
