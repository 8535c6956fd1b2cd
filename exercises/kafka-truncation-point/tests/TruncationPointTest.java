import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Truncation point: examples from the statement")
class TruncationPointTest {

    private static final int[] EPOCHS = {0, 2, 5};
    private static final long[] STARTS = {0, 100, 150};
    private static final long LEO = 180;

    private static void checkEnd(long epoch, long end, int requested) {
        assertArrayEquals(new long[] {epoch, end},
                TruncationPoint.endOffsetForEpoch(EPOCHS.clone(), STARTS.clone(), LEO, requested),
                "endOffsetForEpoch([0, 2, 5], [0, 100, 150], 180, " + requested + ")");
    }

    private static void checkFollower(long expected, int lastFetchedEpoch, long fetchOffset) {
        assertEquals(expected,
                TruncationPoint.followerTruncationOffset(EPOCHS.clone(), STARTS.clone(), LEO,
                        lastFetchedEpoch, fetchOffset),
                "followerTruncationOffset([0, 2, 5], [0, 100, 150], 180, " + lastFetchedEpoch + ", "
                        + fetchOffset + ")");
    }

    @Test
    @Points(1)
    @DisplayName("Example: end offsets for epochs 2, 5 and 3")
    void endOffsets() {
        checkEnd(2, 150, 2);
        checkEnd(5, 180, 5);
        checkEnd(2, 150, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example: followers at (epoch 2, offset 150) and (epoch 5, offset 170)")
    void cleanPrefixes() {
        checkFollower(-1, 2, 150);
        checkFollower(-1, 5, 170);
    }

    @Test
    @Points(1)
    @DisplayName("Example: follower at (epoch 3, offset 165)")
    void unseenEpoch() {
        checkFollower(150, 3, 165);
    }

    @Test
    @Points(1)
    @DisplayName("Example: follower at (epoch 2, offset 160)")
    void longerSameEpoch() {
        checkFollower(150, 2, 160);
    }

    @Test
    @Points(1)
    @DisplayName("Example: follower at (epoch 3, offset 140)")
    void shortFollower() {
        checkFollower(140, 3, 140);
    }

    @Test
    @Points(1)
    @DisplayName("Example: cache [4, 6] from offset 1000, follower at (epoch 3, offset 1100)")
    void olderThanCache() {
        int[] e = {4, 6};
        long[] s = {1000, 1200};
        assertArrayEquals(new long[] {3, 1000}, TruncationPoint.endOffsetForEpoch(e, s, 1300, 3),
                "endOffsetForEpoch([4, 6], [1000, 1200], 1300, 3)");
        assertEquals(1000, TruncationPoint.followerTruncationOffset(e, s, 1300, 3, 1100),
                "followerTruncationOffset([4, 6], [1000, 1200], 1300, 3, 1100)");
    }
}
