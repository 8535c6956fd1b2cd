// Wrong solution: max-offset.
// Mistake modelled: "the HW is how far the leader got" -> uses the largest
// end offset instead of the one a majority has reached. With one voter, or
// when everyone is level, it happens to be right.
public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        long max = voterEndOffsets[0];
        for (int i = 1; i < voterEndOffsets.length; i++) {
            if (voterEndOffsets[i] > max) {
                max = voterEndOffsets[i];
            }
        }
        if (max > epochStartOffset && max > currentHw) {
            return max;
        }
        return currentHw;
    }
}
