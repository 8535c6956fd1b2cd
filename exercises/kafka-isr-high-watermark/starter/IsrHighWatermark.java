public class IsrHighWatermark {

    /** The leader's answer to a produce request. */
    public enum ProduceResult { ACCEPTED, NOT_ENOUGH_REPLICAS }

    /**
     * The leader's high watermark: the smallest log end offset among the ISR members.
     *
     * @param leo   log end offset of each replica (replica 0 is the leader); not modified
     * @param inIsr whether each replica is in the ISR ({@code inIsr[0]} is always true); not modified
     */
    public static long partitionHighWatermark(long[] leo, boolean[] inIsr) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }

    /**
     * Whether the leader accepts a produce request.
     *
     * @param acks              -1 (all), 0 or 1
     * @param isrSize           number of ISR members, the leader included
     * @param minInsyncReplicas the topic's min.insync.replicas
     */
    public static ProduceResult admit(int acks, int isrSize, int minInsyncReplicas) {
        // TODO: implement this method (see exercise.md for the rules).
        return ProduceResult.ACCEPTED;
    }

    /** True when every ISR member holds the record at {@code recordOffset}. */
    public static boolean ackAllSatisfied(long recordOffset, long[] leo, boolean[] inIsr) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
