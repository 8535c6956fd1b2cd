public class IdempotentPartition {

    public enum Outcome { APPENDED, DUPLICATE, OUT_OF_ORDER_SEQUENCE, INVALID_PRODUCER_EPOCH }

    /** The outcome, and the offsets of the batch (-1 and -1 when it is rejected). */
    public record AppendResult(Outcome outcome, long firstOffset, long lastOffset) {
    }

    public IdempotentPartition() {
        // TODO: set up what you need in instance fields.
    }

    /** Handles one produce request for this partition (see exercise.md for the rules). */
    public AppendResult append(long producerId, int producerEpoch, int firstSequence, int recordCount) {
        // TODO: implement this method.
        return new AppendResult(Outcome.APPENDED, -1, -1);
    }

    /** The offset the next appended record will get. */
    public long logEndOffset() {
        // TODO: implement this method.
        return 0;
    }
}
