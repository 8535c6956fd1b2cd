import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Idempotent producer: examples from the statement")
class IdempotentPartitionTest {

    private static void expect(IdempotentPartition p, String outcome, long first, long last,
                               long producerId, int epoch, int firstSeq, int count) {
        IdempotentPartition.AppendResult r = p.append(producerId, epoch, firstSeq, count);
        String call = "append(" + producerId + ", " + epoch + ", " + firstSeq + ", " + count + ")";
        assertEquals(outcome + " " + first + ".." + last,
                r.outcome() + " " + r.firstOffset() + ".." + r.lastOffset(), call);
    }

    /** The first four calls of the example table. */
    private static IdempotentPartition afterFirstBatches() {
        IdempotentPartition p = new IdempotentPartition();
        expect(p, "APPENDED", 0, 2, 1000, 0, 0, 3);
        expect(p, "APPENDED", 3, 4, 1000, 0, 3, 2);
        expect(p, "APPENDED", 5, 5, 2000, 0, 0, 1);
        return p;
    }

    @Test
    @Points(1)
    @DisplayName("Example: two producers append batches to one partition")
    void appends() {
        IdempotentPartition p = afterFirstBatches();
        assertEquals(6, p.logEndOffset(), "logEndOffset() after three batches of 3, 2 and 1 records");
    }

    @Test
    @Points(1)
    @DisplayName("Example: producer 1000 resends its batch with sequences 3-4")
    void retry() {
        IdempotentPartition p = afterFirstBatches();
        expect(p, "DUPLICATE", 3, 4, 1000, 0, 3, 2);
        assertEquals(6, p.logEndOffset(), "logEndOffset() after the resent batch");
    }

    @Test
    @Points(1)
    @DisplayName("Example: producer 1000 sends sequence 7, then sequence 5")
    void gap() {
        IdempotentPartition p = afterFirstBatches();
        expect(p, "OUT_OF_ORDER_SEQUENCE", -1, -1, 1000, 0, 7, 1);
        expect(p, "APPENDED", 6, 6, 1000, 0, 5, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example: producer 1000 moves to epoch 1, then batches of epochs 0 and 2 arrive")
    void epochs() {
        IdempotentPartition p = afterFirstBatches();
        expect(p, "APPENDED", 6, 6, 1000, 0, 5, 1);
        expect(p, "APPENDED", 7, 8, 1000, 1, 0, 2);
        expect(p, "INVALID_PRODUCER_EPOCH", -1, -1, 1000, 0, 6, 1);
        expect(p, "INVALID_PRODUCER_EPOCH", -1, -1, 1000, 0, 3, 2);
        expect(p, "OUT_OF_ORDER_SEQUENCE", -1, -1, 1000, 2, 4, 1);
        assertEquals(9, p.logEndOffset(), "logEndOffset() at the end of the example");
    }

    @Test
    @Points(1)
    @DisplayName("Example: six one-record batches, then retries of sequences 5, 1 and 0")
    void fiveRemembered() {
        IdempotentPartition p = new IdempotentPartition();
        for (int s = 0; s < 6; s++) {
            expect(p, "APPENDED", s, s, 7, 0, s, 1);
        }
        expect(p, "DUPLICATE", 5, 5, 7, 0, 5, 1);
        expect(p, "DUPLICATE", 1, 1, 7, 0, 1, 1);
        expect(p, "OUT_OF_ORDER_SEQUENCE", -1, -1, 7, 0, 0, 1);
    }
}
