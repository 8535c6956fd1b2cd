// Wrong solution: epoch-end-inclusive.
// Mistake modelled: the end offset of an epoch is taken as the offset of its
// LAST record (inclusive, next start - 1) instead of the exclusive end, so
// every truncation point is one too small and a clean prefix looks diverged.
public class TruncationPoint {

    public static long[] endOffsetForEpoch(int[] epochs, long[] startOffsets,
                                           long leaderLeo, int requestedEpoch) {
        int lo = 0;
        int hi = epochs.length - 1;
        int k = -1; // last index with epochs[k] <= requestedEpoch
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (epochs[mid] <= requestedEpoch) {
                k = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (k == -1) {
            return new long[] {requestedEpoch, startOffsets[0]};
        }
        long end = (k == epochs.length - 1) ? leaderLeo - 1 : startOffsets[k + 1] - 1; // bug: inclusive end
        return new long[] {epochs[k], end};
    }

    public static long followerTruncationOffset(int[] epochs, long[] startOffsets, long leaderLeo,
                                                int lastFetchedEpoch, long fetchOffset) {
        long[] answer = endOffsetForEpoch(epochs, startOffsets, leaderLeo, lastFetchedEpoch);
        long epoch = answer[0];
        long end = answer[1];
        if (epoch == lastFetchedEpoch && end >= fetchOffset) {
            return -1;
        }
        return Math.min(end, fetchOffset);
    }
}
