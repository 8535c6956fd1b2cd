/**
 * Reference solution.
 *
 * endOffsetForEpoch: binary search for the last index k with epochs[k] <=
 * requestedEpoch. The epoch's exclusive end is the next entry's start offset,
 * or the leader's LEO for the last entry. No such k: the requested epoch is
 * older than the cache, answer {requestedEpoch, startOffsets[0]}.
 *
 * followerTruncationOffset: no divergence when the leader has the follower's
 * last epoch and it reaches at least fetchOffset; otherwise truncate to the
 * leader's end offset, but never past the follower's own LEO.
 * Time O(log n), no extra space besides the two-element answer.
 */
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
        long end = (k == epochs.length - 1) ? leaderLeo : startOffsets[k + 1];
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
