import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("ISR high watermark: examples from the statement")
class IsrHighWatermarkTest {

    private static final long[] LEO = {120, 118, 90};
    private static final boolean[] FOLLOWER_2_OUT = {true, true, false};
    private static final boolean[] ALL_IN = {true, true, true};

    @Test
    @Points(1)
    @DisplayName("Example 1: LEOs [120, 118, 90], follower 2 outside the ISR")
    void example1() {
        assertEquals(118, IsrHighWatermark.partitionHighWatermark(LEO.clone(), FOLLOWER_2_OUT.clone()),
                "partitionHighWatermark([120, 118, 90], [true, true, false])");
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: LEOs [120, 118, 90], all three in the ISR")
    void example2() {
        assertEquals(90, IsrHighWatermark.partitionHighWatermark(LEO.clone(), ALL_IN.clone()),
                "partitionHighWatermark([120, 118, 90], [true, true, true])");
    }

    @Test
    @Points(1)
    @DisplayName("Examples 3 and 4: ISR of 1 with min.insync.replicas=2, acks=-1 and acks=1")
    void examples3and4() {
        assertEquals(IsrHighWatermark.ProduceResult.NOT_ENOUGH_REPLICAS,
                IsrHighWatermark.admit(-1, 1, 2), "admit(-1, 1, 2)");
        assertEquals(IsrHighWatermark.ProduceResult.ACCEPTED,
                IsrHighWatermark.admit(1, 1, 2), "admit(1, 1, 2)");
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: acks=-1 with an ISR of exactly min.insync.replicas")
    void example5() {
        assertEquals(IsrHighWatermark.ProduceResult.ACCEPTED,
                IsrHighWatermark.admit(-1, 2, 2), "admit(-1, 2, 2)");
    }

    @Test
    @Points(1)
    @DisplayName("Examples 6 and 7: records at offsets 117 and 118")
    void examples6and7() {
        assertEquals(true, IsrHighWatermark.ackAllSatisfied(117, LEO.clone(), FOLLOWER_2_OUT.clone()),
                "ackAllSatisfied(117, [120, 118, 90], [true, true, false])");
        assertEquals(false, IsrHighWatermark.ackAllSatisfied(118, LEO.clone(), FOLLOWER_2_OUT.clone()),
                "ackAllSatisfied(118, [120, 118, 90], [true, true, false])");
    }
}
