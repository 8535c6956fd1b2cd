// Wrong solution: ascending-median.
// Mistake modelled: "index n/2 of the sorted offsets" read on an ASCENDING
// sort. For an odd number of voters that is the same median, but for an even
// number it picks an offset that only half of the voters hold (a tie is not
// a majority).
import java.util.Arrays;

public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        long[] sorted = voterEndOffsets.clone();
        Arrays.sort(sorted);
        long majorityOffset = sorted[sorted.length / 2];
        if (majorityOffset > epochStartOffset && majorityOffset > currentHw) {
            return majorityOffset;
        }
        return currentHw;
    }
}
