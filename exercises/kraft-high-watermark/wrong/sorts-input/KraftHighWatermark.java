// Wrong solution: sorts-input.
// Mistake modelled: the rule is right, but the caller's array is sorted in
// place (with a hand-written insertion sort) instead of a copy.
public class KraftHighWatermark {

    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        long[] a = voterEndOffsets; // bug: no copy
        for (int i = 1; i < a.length; i++) {
            long key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] < key) { // descending
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
        long majorityOffset = a[a.length / 2];
        if (majorityOffset > epochStartOffset && majorityOffset > currentHw) {
            return majorityOffset;
        }
        return currentHw;
    }
}
