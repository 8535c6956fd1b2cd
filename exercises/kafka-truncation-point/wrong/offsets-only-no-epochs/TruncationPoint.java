// Wrong solution: offsets-only-no-epochs.
// Mistake modelled: pre-KIP-101 thinking. The follower is assumed to be a
// prefix of the leader as long as its log is not longer than the leader's, so
// only a follower beyond the leader's LEO is truncated (to that LEO). Epochs are
// ignored, so records written in an epoch the leader never saw survive.
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
        if (fetchOffset <= leaderLeo) { // bug: compares offsets only
            return -1;
        }
        return leaderLeo; // bug: the leader's LEO, whatever the epochs say
    }
}
