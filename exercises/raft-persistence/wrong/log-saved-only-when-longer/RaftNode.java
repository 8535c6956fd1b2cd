import java.util.Arrays;

// Wrong solution: log-saved-only-when-longer.
// Mistake modelled: treats the stored log as append-only and writes it only when it
// grew. A conflict that replaces several entries with fewer is never saved, so after a
// crash the deposed leader's entries come back in place of the acknowledged ones.
public class RaftNode {

    /** Stable storage, provided by whoever runs the node. A save is durable once it returns. */
    public interface Storage {
        /** Durably replaces the stored term and vote (votedFor 0 = no vote). */
        void saveTermAndVote(int currentTerm, int votedFor);

        /** Durably replaces the stored log; logTerms[i - 1] is the term of entry i. */
        void saveLog(int[] logTerms);

        /** The stored term; 0 on a fresh disk. */
        int loadTerm();

        /** The stored vote; 0 on a fresh disk. */
        int loadVote();

        /** A copy of the stored log; empty on a fresh disk. */
        int[] loadLog();
    }

    /** The reply to RequestVote. */
    public record VoteReply(int term, boolean granted) {}

    /** The reply to AppendEntries. */
    public record AppendReply(int term, boolean success) {}

    private final int id;
    private final Storage storage;
    private int currentTerm;
    private int votedFor; // 0 = no vote in currentTerm
    private int[] log; // log[i - 1] is the term of entry i

    /** Starts the node with id `id`, or restarts it after a crash: from what is on disk. */
    public RaftNode(int id, Storage storage) {
        this.id = id;
        this.storage = storage;
        this.currentTerm = storage.loadTerm();
        this.votedFor = storage.loadVote();
        this.log = storage.loadLog();
    }

    public int currentTerm() {
        return currentTerm;
    }

    public int votedFor() {
        return votedFor;
    }

    public int[] log() {
        return log.clone();
    }

    /** The election timeout fired: become a candidate. Returns the term of the election. */
    public int startElection() {
        currentTerm++;
        votedFor = id;
        // Before the RequestVotes leave: a forgotten self-vote lets a restarted node vote
        // for someone else in the term it is campaigning in.
        storage.saveTermAndVote(currentTerm, votedFor);
        return currentTerm;
    }

    public VoteReply onRequestVote(int term, int candidateId, int lastLogIndex, int lastLogTerm) {
        if (term < currentTerm) {
            return new VoteReply(currentTerm, false);
        }
        boolean changed = adoptTerm(term);
        int myLastTerm = log.length == 0 ? 0 : log[log.length - 1];
        boolean upToDate = lastLogTerm > myLastTerm
                || (lastLogTerm == myLastTerm && lastLogIndex >= log.length);
        boolean grant = (votedFor == 0 || votedFor == candidateId) && upToDate;
        if (grant && votedFor != candidateId) {
            votedFor = candidateId;
            changed = true;
        }
        if (changed) {
            storage.saveTermAndVote(currentTerm, votedFor); // before the reply promises anything
        }
        return new VoteReply(currentTerm, grant);
    }

    public AppendReply onAppendEntries(int term, int prevLogIndex, int prevLogTerm,
            int[] entryTerms) {
        if (term < currentTerm) {
            return new AppendReply(currentTerm, false);
        }
        if (adoptTerm(term)) {
            storage.saveTermAndVote(currentTerm, votedFor);
        }
        if (prevLogIndex > log.length || (prevLogIndex > 0 && log[prevLogIndex - 1] != prevLogTerm)) {
            return new AppendReply(currentTerm, false);
        }
        int[] merged = merge(prevLogIndex, entryTerms);
        if (merged.length > log.length) { // bug: a shorter log after a conflict is not saved
            log = merged;
            storage.saveLog(log); // success means "stored": it must survive a crash
        }
        return new AppendReply(currentTerm, true);
    }

    /** Moves to a newer term with no vote in it; true if anything changed. */
    private boolean adoptTerm(int term) {
        if (term <= currentTerm) {
            return false;
        }
        currentTerm = term;
        votedFor = 0;
        return true;
    }

    /** The log after Figure 2's rules 3 and 4: skip matching entries, cut at a conflict. */
    private int[] merge(int prevLogIndex, int[] entryTerms) {
        int[] result = Arrays.copyOf(log, Math.max(log.length, prevLogIndex + entryTerms.length));
        int len = log.length;
        for (int k = 0; k < entryTerms.length; k++) {
            int index = prevLogIndex + 1 + k;
            if (index <= len && result[index - 1] == entryTerms[k]) {
                continue; // already there: keep it and everything after it
            }
            if (index <= len) {
                len = index - 1; // conflict: drop this entry and all that follow
            }
            result[index - 1] = entryTerms[k];
            len = index;
        }
        return Arrays.copyOf(result, len);
    }
}
