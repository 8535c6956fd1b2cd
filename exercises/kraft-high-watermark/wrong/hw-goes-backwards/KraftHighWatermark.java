// Wrong solution: hw-goes-backwards.
// Mistake modelled: once the own-epoch rule passes, the majority offset is
// returned as is, without comparing it to the current HW. After a voter-set
// change the computed value can be lower, and the HW moves backwards.
import java.util.Arrays;

public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        int n = voterEndOffsets.length;
        long[] sorted = voterEndOffsets.clone();
        Arrays.sort(sorted);
        long majorityOffset = sorted[n - 1 - n / 2];
        if (majorityOffset > epochStartOffset) {
            return majorityOffset;
        }
        return currentHw;
    }
}
