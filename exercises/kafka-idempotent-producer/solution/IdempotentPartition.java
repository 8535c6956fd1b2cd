import java.util.HashMap;
import java.util.Map;

/**
 * Reference solution. Per producer id the partition keeps the current epoch and a ring of the
 * last five batches of that epoch; a batch is checked against them in the statement's order:
 * duplicate, older epoch, newer epoch (must start at 0), then the next sequence in this epoch.
 */
public class IdempotentPartition {

    public enum Outcome { APPENDED, DUPLICATE, OUT_OF_ORDER_SEQUENCE, INVALID_PRODUCER_EPOCH }

    public record AppendResult(Outcome outcome, long firstOffset, long lastOffset) {
    }

    /** How many batches per producer the partition remembers (Kafka's NUM_BATCHES_TO_RETAIN). */
    private static final int RETAINED = 5;

    /** What the partition remembers about one producer id. */
    private static final class ProducerState {
        int epoch;
        final int[] firstSeq = new int[RETAINED];
        final int[] lastSeq = new int[RETAINED];
        final long[] firstOffset = new long[RETAINED];
        final long[] lastOffset = new long[RETAINED];
        int count;   // how many of the slots hold batches
        int newest;  // slot of the most recent batch

        void forget(int newEpoch) {
            epoch = newEpoch;
            count = 0;
        }

        void add(int first, int last, long from, long to) {
            newest = count == 0 ? 0 : (newest + 1) % RETAINED;
            firstSeq[newest] = first;
            lastSeq[newest] = last;
            firstOffset[newest] = from;
            lastOffset[newest] = to;
            count = Math.min(count + 1, RETAINED);
        }

        int find(int first, int last) {
            for (int k = 0; k < count; k++) {
                int slot = (newest - k + RETAINED) % RETAINED;
                if (firstSeq[slot] == first && lastSeq[slot] == last) {
                    return slot;
                }
            }
            return -1;
        }
    }

    private final Map<Long, ProducerState> producers = new HashMap<>();
    private long logEndOffset;

    /** The sequence number {@code steps} after {@code seq}; Integer.MAX_VALUE is followed by 0. */
    static int advance(int seq, int steps) {
        return (int) (((long) seq + steps) % (1L + Integer.MAX_VALUE));
    }

    public AppendResult append(long producerId, int producerEpoch, int firstSequence, int recordCount) {
        int lastSequence = advance(firstSequence, recordCount - 1);
        ProducerState state = producers.get(producerId);
        if (state == null) {
            state = new ProducerState();
            state.forget(producerEpoch);
            producers.put(producerId, state);
            return appendBatch(state, firstSequence, lastSequence, recordCount);
        }
        if (producerEpoch == state.epoch) {
            int slot = state.find(firstSequence, lastSequence);
            if (slot >= 0) {
                return new AppendResult(Outcome.DUPLICATE, state.firstOffset[slot], state.lastOffset[slot]);
            }
        }
        if (producerEpoch < state.epoch) {
            return rejected(Outcome.INVALID_PRODUCER_EPOCH);
        }
        if (producerEpoch > state.epoch) {
            if (firstSequence != 0) {
                return rejected(Outcome.OUT_OF_ORDER_SEQUENCE);
            }
            state.forget(producerEpoch);
            return appendBatch(state, firstSequence, lastSequence, recordCount);
        }
        if (firstSequence != advance(state.lastSeq[state.newest], 1)) {
            return rejected(Outcome.OUT_OF_ORDER_SEQUENCE);
        }
        return appendBatch(state, firstSequence, lastSequence, recordCount);
    }

    private AppendResult appendBatch(ProducerState state, int first, int last, int recordCount) {
        long from = logEndOffset;
        long to = from + recordCount - 1;
        logEndOffset = to + 1;
        state.add(first, last, from, to);
        return new AppendResult(Outcome.APPENDED, from, to);
    }

    private static AppendResult rejected(Outcome outcome) {
        return new AppendResult(outcome, -1, -1);
    }

    public long logEndOffset() {
        return logEndOffset;
    }
}
