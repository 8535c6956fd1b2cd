import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("KRaft high watermark: examples from the statement")
class KraftHighWatermarkTest {

    private static void check(long expected, long[] offsets, long epochStart, long hw) {
        String call = "kraftHighWatermark(" + Arrays.toString(offsets) + ", " + epochStart + ", " + hw + ")";
        long actual = KraftHighWatermark.kraftHighWatermark(offsets, epochStart, hw);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: three voters [10, 8, 6], epoch starts at 5, no HW yet")
    void example1() {
        check(8, new long[] {10, 8, 6}, 5, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: majority holds only old-epoch records [12, 9, 7], epoch starts at 10")
    void example2() {
        check(7, new long[] {12, 9, 7}, 10, 7);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: a follower fetched past the epoch start [12, 11, 7]")
    void example3() {
        check(11, new long[] {12, 11, 7}, 10, 7);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: four voters [20, 15, 18, 15]")
    void example4() {
        check(15, new long[] {20, 15, 18, 15}, 12, 14);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: majority offset below the current HW")
    void example5() {
        check(17, new long[] {20, 15, 10}, 5, 17);
    }

    @Test
    @Points(1)
    @DisplayName("Example 6: a single voter")
    void example6() {
        check(30, new long[] {30}, 25, 25);
    }
}
