/**
 * Reference solution: the rule of KRaft's LeaderState.maybeUpdateHighWatermark.
 *
 * Sort a copy of the voters' end offsets, read the value that a majority has
 * reached, and accept it only if it covers a record of the leader's own epoch
 * and moves the high watermark forward. O(n log n) time, O(n) extra space.
 */
import java.util.Arrays;

public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        int n = voterEndOffsets.length;
        long[] sorted = voterEndOffsets.clone(); // never sort the caller's array
        Arrays.sort(sorted);                     // ascending
        // Descending index n/2 is ascending index n - 1 - n/2: the smallest
        // offset among the n/2 + 1 largest, which a majority has reached.
        long majorityOffset = sorted[n - 1 - n / 2];

        // Own-epoch rule (Figure 8): the epoch's first record, at
        // epochStartOffset, must itself be on a majority. Exclusive offsets,
        // so that needs majorityOffset > epochStartOffset.
        if (majorityOffset <= epochStartOffset) {
            return currentHw;
        }
        // Never move backwards (or re-set the same value).
        if (majorityOffset <= currentHw) {
            return currentHw;
        }
        return majorityOffset;
    }
}
