// Wrong solution: no-epoch-check.
// Mistake modelled: plain "majority offset" commit, as in Raft without the
// Figure 8 rule: the HW advances as soon as a majority holds an offset, even
// when that offset only covers records of older epochs.
import java.util.Arrays;

public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        int n = voterEndOffsets.length;
        long[] sorted = voterEndOffsets.clone();
        Arrays.sort(sorted);
        long majorityOffset = sorted[n - 1 - n / 2];
        if (majorityOffset > currentHw) { // bug: epochStartOffset is never looked at
            return majorityOffset;
        }
        return currentHw;
    }
}
