// Wrong solution: older-epoch-undefined.
// Mistake modelled: a requested epoch older than the whole cache is answered
// with "undefined" {-1, -1}, and the follower treats that as "nothing to
// truncate", so stale records from deleted epochs are kept.
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
            return new long[] {-1, -1}; // bug: undefined instead of the first start offset
        }
        long end = (k == epochs.length - 1) ? leaderLeo : startOffsets[k + 1];
        return new long[] {epochs[k], end};
    }

    public static long followerTruncationOffset(int[] epochs, long[] startOffsets, long leaderLeo,
                                                int lastFetchedEpoch, long fetchOffset) {
        long[] answer = endOffsetForEpoch(epochs, startOffsets, leaderLeo, lastFetchedEpoch);
        if (answer[0] == -1) {
            return -1; // bug: undefined read as no divergence
        }
        long epoch = answer[0];
        long end = answer[1];
        if (epoch == lastFetchedEpoch && end >= fetchOffset) {
            return -1;
        }
        return Math.min(end, fetchOffset);
    }
}
