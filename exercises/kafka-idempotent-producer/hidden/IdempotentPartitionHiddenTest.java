import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Idempotent producer: hidden tests")
class IdempotentPartitionHiddenTest {

    private static final long SEED = 20261205L;
    private static final int MAX = Integer.MAX_VALUE;

    /** The end of a call trace: the grader keeps 500 characters of a message, and the expected
     *  and actual values come last, so only the most recent calls are shown. */
    private static String recent(CharSequence trace) {
        String s = trace.toString();
        return s.length() <= 240 ? s : "..." + s.substring(s.length() - 240);
    }

    /** Wraps a partition so that exceptions become readable failures and calls are traced. */
    private static final class P {
        final IdempotentPartition p = new IdempotentPartition();
        final StringBuilder trace = new StringBuilder();

        String append(long id, int epoch, int seq, int count) {
            String call = "append(" + id + ", " + epoch + ", " + seq + ", " + count + ")";
            IdempotentPartition.AppendResult r;
            try {
                r = p.append(id, epoch, seq, count);
            } catch (RuntimeException | StackOverflowError e) {
                return fail(call + " threw " + e + "; calls before it: " + recent(trace), e);
            }
            if (r == null) {
                return fail(call + " returned null; calls before it: " + recent(trace));
            }
            String got = r.outcome() + " " + r.firstOffset() + ".." + r.lastOffset();
            trace.append(call).append(" = ").append(got).append("; ");
            return got;
        }

        void expect(String want, long id, int epoch, int seq, int count) {
            String before = trace.toString();
            String got = append(id, epoch, seq, count);
            assertEquals(want, got, "append(" + id + ", " + epoch + ", " + seq + ", " + count
                    + ") after: " + (before.isEmpty() ? "(nothing)" : recent(before)));
        }

        long logEnd() {
            try {
                return p.logEndOffset();
            } catch (RuntimeException e) {
                return fail("logEndOffset() threw " + e, e);
            }
        }
    }

    private static final String OOO = "OUT_OF_ORDER_SEQUENCE -1..-1";
    private static final String FENCED = "INVALID_PRODUCER_EPOCH -1..-1";

    private static String appended(long from, long to) {
        return "APPENDED " + from + ".." + to;
    }

    private static String duplicate(long from, long to) {
        return "DUPLICATE " + from + ".." + to;
    }

    @Test
    @Points(2)
    @DisplayName("Retries of each of the last five batches of a producer, batches of 2 records")
    void retriesOfTheLastFive() {
        P p = new P();
        for (int b = 0; b < 7; b++) {
            p.expect(appended(2L * b, 2L * b + 1), 42, 0, 2 * b, 2);
        }
        for (int b = 2; b < 7; b++) {
            p.expect(duplicate(2L * b, 2L * b + 1), 42, 0, 2 * b, 2);
        }
        assertEquals(14, p.logEnd(), "logEndOffset() after seven batches and five retries");
    }

    @Test
    @Points(2)
    @DisplayName("A retry of the sixth most recent batch")
    void retryOfAForgottenBatch() {
        P p = new P();
        for (int s = 0; s < 6; s++) {
            p.expect(appended(s, s), 9, 0, s, 1);
        }
        p.expect(OOO, 9, 0, 0, 1);
        p.expect(duplicate(1, 1), 9, 0, 1, 1);
        p.expect(appended(6, 6), 9, 0, 6, 1);
        p.expect(OOO, 9, 0, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Batches overlapping a stored batch without the same sequence range")
    void overlappingBatches() {
        P p = new P();
        p.expect(appended(0, 9), 5, 0, 0, 10);
        p.expect(appended(10, 19), 5, 0, 10, 10);
        p.expect(OOO, 5, 0, 10, 5);
        p.expect(OOO, 5, 0, 10, 11);
        p.expect(OOO, 5, 0, 5, 10);
        p.expect(OOO, 5, 0, 0, 20);
        p.expect(appended(20, 20), 5, 0, 20, 1);
    }

    @Test
    @Points(2)
    @DisplayName("A batch of an older epoch with the sequence range of a stored batch")
    void olderEpochWithStoredRange() {
        P p = new P();
        p.expect(appended(0, 2), 77, 4, 0, 3);
        p.expect(appended(3, 5), 77, 5, 0, 3);
        p.expect(FENCED, 77, 4, 0, 3);
        p.expect(FENCED, 77, 4, 3, 1);
        p.expect(duplicate(3, 5), 77, 5, 0, 3);
    }

    @Test
    @Points(1)
    @DisplayName("A producer id first seen with epoch 3 and first sequence 42")
    void unknownProducerAnySequence() {
        P p = new P();
        p.expect(appended(0, 3), 123, 3, 42, 4);
        p.expect(appended(4, 4), 123, 3, 46, 1);
        p.expect(OOO, 123, 3, 0, 1);
        p.expect(FENCED, 123, 2, 47, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Sequence numbers that pass Integer.MAX_VALUE")
    void sequenceWrap() {
        P p = new P();
        p.expect(appended(0, 3), 1, 0, MAX - 1, 4);   // MAX-1, MAX, 0, 1
        p.expect(appended(4, 5), 1, 0, 2, 2);
        p.expect(duplicate(0, 3), 1, 0, MAX - 1, 4);
        p.expect(appended(6, 6), 2, 0, MAX, 1);
        p.expect(appended(7, 7), 2, 0, 0, 1);
        p.expect(appended(8, 8), 3, 0, MAX, 1);
        p.expect(OOO, 3, 0, MAX, 2);
    }

    @Test
    @Points(1)
    @DisplayName("A new epoch, then a batch of the new epoch with the range of an old-epoch batch")
    void newEpochForgetsOldBatches() {
        P p = new P();
        p.expect(appended(0, 2), 8, 0, 0, 3);
        p.expect(appended(3, 4), 8, 0, 3, 2);
        p.expect(appended(5, 6), 8, 1, 0, 2);
        p.expect(OOO, 8, 1, 3, 2);
        p.expect(appended(7, 7), 8, 1, 2, 1);
    }

    @Test
    @Points(1)
    @DisplayName("A new epoch whose first batch has the range of a stored batch of the old epoch")
    void newEpochSameRange() {
        P p = new P();
        p.expect(appended(0, 2), 8, 0, 0, 3);
        p.expect(appended(3, 5), 8, 1, 0, 3);
        p.expect(appended(6, 8), 8, 2, 0, 3);
        p.expect(FENCED, 8, 1, 0, 3);
    }

    @Test
    @Points(1)
    @DisplayName("An epoch that jumps from 0 to 5, then a batch of epoch 3")
    void epochJump() {
        P p = new P();
        p.expect(appended(0, 0), 31, 0, 0, 1);
        p.expect(OOO, 31, 5, 1, 1);
        p.expect(appended(1, 1), 31, 5, 0, 1);
        p.expect(FENCED, 31, 3, 0, 1);
        p.expect(appended(2, 2), 31, 5, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("A gap, an older epoch and a new epoch starting at 1, between two appends")
    void rejectionsConsumeNoOffsets() {
        P p = new P();
        p.expect(appended(0, 4), 6, 2, 0, 5);
        p.expect(OOO, 6, 2, 9, 5);
        p.expect(FENCED, 6, 1, 5, 5);
        p.expect(OOO, 6, 3, 1, 5);
        assertEquals(5, p.logEnd(), "logEndOffset() after one appended and three rejected batches");
        p.expect(appended(5, 9), 6, 2, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Two producers with the same sequence numbers, interleaved")
    void producersAreIndependent() {
        P p = new P();
        p.expect(appended(0, 1), 100, 0, 0, 2);
        p.expect(appended(2, 3), 200, 0, 0, 2);
        p.expect(duplicate(0, 1), 100, 0, 0, 2);
        p.expect(duplicate(2, 3), 200, 0, 0, 2);
        p.expect(appended(4, 4), 200, 1, 0, 1);
        p.expect(appended(5, 6), 100, 0, 2, 2);
        p.expect(FENCED, 200, 0, 2, 2);
    }

    @Test
    @Points(1)
    @DisplayName("A retry of the oldest stored batch, then a new batch, then the same retry")
    void duplicateChangesNothing() {
        P p = new P();
        for (int s = 0; s < 5; s++) {
            p.expect(appended(s, s), 3, 0, s, 1);
        }
        p.expect(duplicate(0, 0), 3, 0, 0, 1);
        p.expect(appended(5, 5), 3, 0, 5, 1);
        p.expect(OOO, 3, 0, 0, 1);
        p.expect(duplicate(1, 1), 3, 0, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Producer id 10^12 with epoch 32767")
    void extremes() {
        P p = new P();
        long id = 1_000_000_000_000L;
        p.expect(appended(0, 999), id, 32767, 0, 1000);
        p.expect(appended(1000, 1999), id, 32767, 1000, 1000);
        p.expect(FENCED, id, 32766, 2000, 1);
        p.expect(duplicate(0, 999), id, 32767, 0, 1000);
        p.expect(appended(2000, 2000), 0, 0, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Two partitions used side by side")
    void partitionsAreIndependent() {
        P a = new P();
        P b = new P();
        a.expect(appended(0, 2), 1, 0, 0, 3);
        b.expect(appended(0, 0), 1, 0, 7, 1);
        a.expect(appended(3, 3), 1, 0, 3, 1);
        b.expect(appended(1, 1), 1, 0, 8, 1);
        assertEquals(4, a.logEnd(), "first partition logEndOffset()");
        assertEquals(2, b.logEnd(), "second partition logEndOffset()");
    }

    @Test
    @Points(1)
    @DisplayName("100000 batches of 1000 records from 50 producers")
    void manyCalls() {
        IdempotentPartition p = new IdempotentPartition();
        for (int k = 0; k < 100_000; k++) {
            long id = k % 50;
            int seq = (k / 50) * 1000;
            IdempotentPartition.AppendResult r = p.append(id, 0, seq, 1000);
            if (r.outcome() != IdempotentPartition.Outcome.APPENDED || r.firstOffset() != 1000L * k) {
                fail("batch " + k + ": append(" + id + ", 0, " + seq + ", 1000) = " + r);
            }
        }
        assertEquals(100_000_000L, p.logEndOffset(), "logEndOffset() after 10^8 records");
    }

    /**
     * Oracle, written from the full history of appended batches instead of a five-slot memory:
     * each entry is {epoch, firstSeq, lastSeq, firstOffset, lastOffset}; the current epoch is the
     * epoch of the producer's newest entry, and the remembered batches are the newest five entries
     * of that epoch. Sequence arithmetic is done in long, modulo 2^31.
     */
    private static final class Oracle {
        final Map<Long, List<long[]>> history = new HashMap<>();
        long logEnd;

        String append(long id, int epoch, int seq, int count) {
            long last = (seq + (long) count - 1) % (1L << 31);
            List<long[]> h = history.computeIfAbsent(id, k -> new ArrayList<>());
            if (h.isEmpty()) {
                return add(h, epoch, seq, last, count);
            }
            long[] newest = h.get(h.size() - 1);
            long current = newest[0];
            if (epoch == current) {
                int seen = 0;
                for (int i = h.size() - 1; i >= 0 && seen < 5 && h.get(i)[0] == current; i--, seen++) {
                    long[] b = h.get(i);
                    if (b[1] == seq && b[2] == last) {
                        return duplicate(b[3], b[4]);
                    }
                }
            }
            if (epoch < current) {
                return FENCED;
            }
            long expected = epoch > current ? 0 : (newest[2] + 1) % (1L << 31);
            return seq == expected ? add(h, epoch, seq, last, count) : OOO;
        }

        private String add(List<long[]> h, long epoch, long seq, long last, int count) {
            long from = logEnd;
            logEnd += count;
            h.add(new long[] {epoch, seq, last, from, logEnd - 1});
            return appended(from, logEnd - 1);
        }
    }

    @Test
    @Points(3)
    @DisplayName("300 random sequences of retries, gaps, epoch changes and wrapping sequences")
    void randomSequences() {
        Random random = new Random(SEED);
        for (int c = 0; c < 300; c++) {
            P p = new P();
            Oracle o = new Oracle();
            Map<Long, List<int[]>> sent = new HashMap<>(); // {epoch, seq, count} of each request sent
            for (int step = 0; step < 40; step++) {
                long id = random.nextInt(3);
                List<int[]> mine = sent.computeIfAbsent(id, k -> new ArrayList<>());
                List<long[]> h = o.history.getOrDefault(id, List.of());
                long[] newest = h.isEmpty() ? null : h.get(h.size() - 1);
                int epoch = newest == null ? random.nextInt(3) : (int) newest[0];
                int count = 1 + random.nextInt(4);
                int seq;
                int kind = random.nextInt(10);
                if (newest == null) {
                    seq = random.nextInt(4) == 0 ? MAX - random.nextInt(3) : random.nextInt(3);
                } else if (kind < 4) {
                    seq = (int) ((newest[2] + 1) % (1L << 31));
                } else if (kind < 7 && !mine.isEmpty()) {
                    int[] old = mine.get(random.nextInt(mine.size()));
                    epoch = old[0];
                    seq = old[1];
                    count = old[2];
                } else if (kind == 7) {
                    epoch = epoch + 1 + random.nextInt(2);
                    seq = random.nextInt(3) == 0 ? 1 : 0;
                } else if (kind == 8) {
                    epoch = Math.max(0, epoch - 1);
                    seq = (int) ((newest[2] + 1) % (1L << 31));
                } else {
                    seq = (int) ((newest[2] + 1 + random.nextInt(3)) % (1L << 31));
                }
                mine.add(new int[] {epoch, seq, count});
                String want = o.append(id, epoch, seq, count);
                String before = p.trace.toString();
                String got = p.append(id, epoch, seq, count);
                if (!want.equals(got)) {
                    assertEquals(want, got, "seed " + SEED + ", case " + c + ", step " + step + ": append("
                            + id + ", " + epoch + ", " + seq + ", " + count + ") after: " + recent(before));
                }
            }
            assertEquals(o.logEnd, p.logEnd(), "seed " + SEED + ", case " + c + ": logEndOffset() after: " + recent(p.trace));
        }
    }
}
