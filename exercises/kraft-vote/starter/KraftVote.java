import java.util.OptionalInt;

public class KraftVote {

    /** A log position: the end offset and the epoch of the last record. */
    public record OffsetAndEpoch(long offset, int epoch) implements Comparable<OffsetAndEpoch> {
        /** Orders by epoch first, then by offset. */
        @Override
        public int compareTo(OffsetAndEpoch other) {
            // TODO: implement this method (see exercise.md for the rules).
            return 0;
        }
    }

    /** What the receiving voter knows (see exercise.md). */
    public record VoterView(int epoch, OptionalInt votedFor, OptionalInt leaderId,
                            OffsetAndEpoch logEnd, boolean fetchedFromLeaderSinceFollowing) {
    }

    /** Whether the voter grants this vote or pre-vote request. */
    public static boolean canGrant(VoterView v, int replicaId, int replicaEpoch,
                                   OffsetAndEpoch replicaLastEpochEnd, boolean preVote) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }

    /** The voter's state after handling this request. */
    public static VoterView afterVote(VoterView v, int replicaId, int replicaEpoch,
                                      OffsetAndEpoch replicaLastEpochEnd, boolean preVote) {
        // TODO: implement this method (see exercise.md for the rules).
        return v;
    }
}
