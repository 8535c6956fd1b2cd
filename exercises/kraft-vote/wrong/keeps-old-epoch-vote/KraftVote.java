// Wrong solution: keeps-old-epoch-vote.
// Mistake modelled: on a request with a newer epoch the voter adopts the epoch
// but keeps votedFor and leaderId from the old epoch, so a vote cast in epoch 5
// blocks every other candidate of epoch 6.
import java.util.OptionalInt;

public class KraftVote {

    public record OffsetAndEpoch(long offset, int epoch) implements Comparable<OffsetAndEpoch> {
        @Override
        public int compareTo(OffsetAndEpoch other) {
            if (epoch != other.epoch) {
                return Integer.compare(epoch, other.epoch);
            }
            return Long.compare(offset, other.offset);
        }
    }

    public record VoterView(int epoch, OptionalInt votedFor, OptionalInt leaderId,
                            OffsetAndEpoch logEnd, boolean fetchedFromLeaderSinceFollowing) {
    }

    /** Rules 2 and 3: requests that are rejected without looking at the voter's vote. */
    private static boolean invalidOrStale(VoterView v, int replicaEpoch, OffsetAndEpoch last, boolean preVote) {
        if (last.offset() < 0 || last.epoch() < 0) {
            return true;
        }
        boolean illegalEpoch = preVote ? last.epoch() > replicaEpoch : last.epoch() >= replicaEpoch;
        return illegalEpoch || replicaEpoch < v.epoch();
    }

    /** Rule 4: a newer epoch resets what belonged to the old one. */
    private static VoterView current(VoterView v, int replicaEpoch) {
        if (replicaEpoch > v.epoch()) {
            return new VoterView(replicaEpoch, v.votedFor(), v.leaderId(), v.logEnd(), // bug: keeps old vote
                    v.fetchedFromLeaderSinceFollowing());
        }
        return v;
    }

    /** Rules 5 and 6 on an already validated request. */
    private static boolean decide(VoterView cur, int replicaId, OffsetAndEpoch last, boolean preVote) {
        boolean upToDate = last.compareTo(cur.logEnd()) >= 0;
        if (preVote) {
            boolean hearsFromLeader = cur.leaderId().isPresent() && cur.fetchedFromLeaderSinceFollowing();
            return upToDate && !hearsFromLeader;
        }
        if (cur.votedFor().isPresent()) {
            return cur.votedFor().getAsInt() == replicaId;
        }
        if (cur.leaderId().isPresent()) {
            return false;
        }
        return upToDate;
    }

    public static boolean canGrant(VoterView v, int replicaId, int replicaEpoch,
                                   OffsetAndEpoch replicaLastEpochEnd, boolean preVote) {
        if (invalidOrStale(v, replicaEpoch, replicaLastEpochEnd, preVote)) {
            return false;
        }
        return decide(current(v, replicaEpoch), replicaId, replicaLastEpochEnd, preVote);
    }

    public static VoterView afterVote(VoterView v, int replicaId, int replicaEpoch,
                                      OffsetAndEpoch replicaLastEpochEnd, boolean preVote) {
        if (invalidOrStale(v, replicaEpoch, replicaLastEpochEnd, preVote)) {
            return v;
        }
        VoterView cur = current(v, replicaEpoch);
        if (!preVote && cur.votedFor().isEmpty() && decide(cur, replicaId, replicaLastEpochEnd, false)) {
            return new VoterView(cur.epoch(), OptionalInt.of(replicaId), cur.leaderId(), cur.logEnd(),
                    cur.fetchedFromLeaderSinceFollowing());
        }
        return cur;
    }
}
