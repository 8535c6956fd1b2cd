public class BrokerFencing {

    /** @param sessionTimeoutMs how long a broker may go without contact (e.g. 9000) */
    public BrokerFencing(long sessionTimeoutMs) {
        // TODO: store what you need in instance fields.
    }

    /** Registers (or re-registers) a broker; returns its new, strictly increasing epoch. */
    public long register(int brokerId, long nowMs) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }

    /** Handles a heartbeat; false if the broker is unknown or the epoch is not its current one. */
    public boolean heartbeat(int brokerId, long brokerEpoch, long nowMs, boolean caughtUp) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }

    /** True if the broker is unknown, fenced, or its session has expired at nowMs. */
    public boolean isFenced(int brokerId, long nowMs) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
