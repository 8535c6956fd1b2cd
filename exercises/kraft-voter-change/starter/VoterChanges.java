public class VoterChanges {

    public enum Result { OK, PENDING_CHANGE, DUPLICATE_VOTER, NOT_CAUGHT_UP, VOTER_NOT_FOUND, LAST_VOTER, NOT_LEADER }

    /** The leader of a quorum whose log ends at logEndOffset, all of it committed. */
    public VoterChanges(int leaderId, int[] voters, long logEndOffset) {
        // TODO: store what you need in instance fields.
    }

    /** The leader appends this many records. */
    public void append(int records) {
        // TODO: implement this method (see exercise.md for the rules).
    }

    /** Replica replicaId (a voter or an observer) fetches; its log ends at fetchOffset. */
    public void fetch(int replicaId, long fetchOffset) {
        // TODO: implement this method.
    }

    /** An AddRaftVoter request for replicaId. */
    public Result addVoter(int replicaId) {
        // TODO: implement this method.
        return Result.OK;
    }

    /** A RemoveRaftVoter request for replicaId. */
    public Result removeVoter(int replicaId) {
        // TODO: implement this method.
        return Result.OK;
    }

    /** The latest voter set (committed or not), ascending. */
    public int[] voters() {
        // TODO: implement this method.
        return new int[0];
    }

    public long highWatermark() {
        // TODO: implement this method.
        return 0;
    }

    public long logEndOffset() {
        // TODO: implement this method.
        return 0;
    }

    /** False once the leader has resigned (rule 7). */
    public boolean isLeader() {
        // TODO: implement this method.
        return true;
    }
}
