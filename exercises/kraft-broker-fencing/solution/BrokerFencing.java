/**
 * Reference solution: three parallel arrays indexed by broker id, and an epoch
 * counter. Session expiry is evaluated lazily from the virtual clock; a
 * heartbeat first records an expiry that already happened (fencing the broker),
 * then renews the session, then lets caughtUp unfence it.
 */
public class BrokerFencing {

    private static final int MAX_BROKERS = 1000;

    private final long sessionTimeoutMs;
    private final long[] epoch = new long[MAX_BROKERS];        // 0 = never registered
    private final long[] lastContactMs = new long[MAX_BROKERS];
    private final boolean[] fenced = new boolean[MAX_BROKERS];
    private long lastEpoch = 0;

    public BrokerFencing(long sessionTimeoutMs) {
        this.sessionTimeoutMs = sessionTimeoutMs;
    }

    public long register(int brokerId, long nowMs) {
        lastEpoch++;
        epoch[brokerId] = lastEpoch;
        lastContactMs[brokerId] = nowMs;
        fenced[brokerId] = true; // a new incarnation starts fenced
        return lastEpoch;
    }

    private boolean expired(int brokerId, long nowMs) {
        return nowMs - lastContactMs[brokerId] >= sessionTimeoutMs;
    }

    public boolean heartbeat(int brokerId, long brokerEpoch, long nowMs, boolean caughtUp) {
        if (epoch[brokerId] == 0 || brokerEpoch != epoch[brokerId]) {
            return false; // unknown broker or stale incarnation
        }
        if (expired(brokerId, nowMs)) {
            fenced[brokerId] = true; // the session ran out before this heartbeat
        }
        lastContactMs[brokerId] = nowMs;
        if (caughtUp) {
            fenced[brokerId] = false;
        }
        return true;
    }

    public boolean isFenced(int brokerId, long nowMs) {
        if (epoch[brokerId] == 0) {
            return true;
        }
        return fenced[brokerId] || expired(brokerId, nowMs);
    }
}
