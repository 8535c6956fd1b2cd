// Wrong solution: switches-set-on-commit.
// Mistake modelled: the new voter set takes effect only once its VotersRecord is
// committed, so the record is committed by the old majority (the thesis, and
// Kafka, use the new set from the moment the record is in the log).
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class VoterChanges {

    public enum Result { OK, PENDING_CHANGE, DUPLICATE_VOTER, NOT_CAUGHT_UP, VOTER_NOT_FOUND, LAST_VOTER, NOT_LEADER }

    private final int leaderId;
    private int[] voters;
    private int[] pendingVoters; // bug: the new set waits for the commit
    private long logEndOffset;
    private long highWatermark;
    private long votersRecordOffset = -1; // -1: the initial voter set, committed from the start
    private boolean leader = true;
    private final Map<Integer, Long> fetchOffset = new HashMap<>();
    private final Map<Integer, Boolean> caughtUp = new HashMap<>();

    public VoterChanges(int leaderId, int[] voters, long logEndOffset) {
        this.leaderId = leaderId;
        this.voters = voters.clone();
        Arrays.sort(this.voters);
        this.logEndOffset = logEndOffset;
        this.highWatermark = logEndOffset;
    }

    public void append(int records) {
        if (!leader) {
            return;
        }
        logEndOffset += records;
        updateHighWatermark();
    }

    public void fetch(int replicaId, long offset) {
        if (!leader) {
            return;
        }
        fetchOffset.put(replicaId, offset);
        caughtUp.put(replicaId, offset == logEndOffset);
        updateHighWatermark();
    }

    public Result addVoter(int replicaId) {
        Result blocked = blocked();
        if (blocked != null) {
            return blocked;
        }
        if (isVoter(replicaId)) {
            return Result.DUPLICATE_VOTER;
        }
        if (!caughtUp.getOrDefault(replicaId, false)) {
            return Result.NOT_CAUGHT_UP;
        }
        int[] next = Arrays.copyOf(voters, voters.length + 1);
        next[voters.length] = replicaId;
        Arrays.sort(next);
        appendVotersRecord(next);
        return Result.OK;
    }

    public Result removeVoter(int replicaId) {
        Result blocked = blocked();
        if (blocked != null) {
            return blocked;
        }
        if (!isVoter(replicaId)) {
            return Result.VOTER_NOT_FOUND;
        }
        if (voters.length == 1) {
            return Result.LAST_VOTER;
        }
        int[] next = new int[voters.length - 1];
        int k = 0;
        for (int v : voters) {
            if (v != replicaId) {
                next[k++] = v;
            }
        }
        appendVotersRecord(next);
        return Result.OK;
    }

    /** The checks both requests make first: still the leader, and no uncommitted voter change. */
    private Result blocked() {
        if (!leader) {
            return Result.NOT_LEADER;
        }
        if (votersRecordOffset >= highWatermark) {
            return Result.PENDING_CHANGE;
        }
        return null;
    }

    /** The new set takes effect as soon as its record is in the leader's log (Raft thesis 4.1). */
    private void appendVotersRecord(int[] next) {
        votersRecordOffset = logEndOffset;
        logEndOffset++;
        pendingVoters = next;
        updateHighWatermark();
    }

    private boolean isVoter(int id) {
        for (int v : voters) {
            if (v == id) {
                return true;
            }
        }
        return false;
    }

    private void updateHighWatermark() {
        long[] ends = new long[voters.length];
        for (int i = 0; i < voters.length; i++) {
            ends[i] = voters[i] == leaderId ? logEndOffset : fetchOffset.getOrDefault(voters[i], 0L);
        }
        Arrays.sort(ends);
        long majority = ends[ends.length - 1 - ends.length / 2];
        highWatermark = Math.max(highWatermark, majority);
        if (pendingVoters != null && highWatermark > votersRecordOffset) {
            voters = pendingVoters;
            pendingVoters = null;
        }
        if (votersRecordOffset >= 0 && highWatermark > votersRecordOffset && !isVoter(leaderId)) {
            leader = false;
        }
    }

    public int[] voters() {
        return voters.clone();
    }

    public long highWatermark() {
        return highWatermark;
    }

    public long logEndOffset() {
        return logEndOffset;
    }

    public boolean isLeader() {
        return leader;
    }
}
