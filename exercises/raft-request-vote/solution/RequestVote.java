/**
 * Reference solution: the RequestVote receiver of Raft's Figure 2.
 *
 * Order matters. A stale term is refused before anything else. A newer term
 * is adopted (and the old vote forgotten) before the vote is decided, whether
 * or not the vote is then granted. Only a granted vote is recorded.
 */
public class RequestVote {

    /** A voter's persistent state; logTerms is 1-based, logTerms[0] == 0. */
    public record VoterState(int currentTerm, int votedFor, int[] logTerms, int logLen) {}

    /** The voter's state after the request, and the reply it sends. */
    public record VoteOutcome(VoterState newState, int replyTerm, boolean voteGranted) {}

    public static VoteOutcome onRequestVote(VoterState s, int term, int candidateId,
                                            int lastLogIndex, int lastLogTerm) {
        // 1. A request from an older term is refused; nothing changes.
        if (term < s.currentTerm()) {
            return new VoteOutcome(s, s.currentTerm(), false);
        }

        // 2. A newer term is adopted, and the vote of the old term no longer counts.
        int currentTerm = s.currentTerm();
        int votedFor = s.votedFor();
        if (term > currentTerm) {
            currentTerm = term;
            votedFor = -1;
        }

        // 3. Election restriction: compare the last entries (section 5.4.1).
        int myLastIndex = s.logLen();
        int myLastTerm = s.logTerms()[myLastIndex];
        boolean logOk = lastLogTerm > myLastTerm
                || (lastLogTerm == myLastTerm && lastLogIndex >= myLastIndex);

        // 4. At most one candidate per term; the same candidate may ask again.
        boolean granted = (votedFor == -1 || votedFor == candidateId) && logOk;
        if (granted) {
            votedFor = candidateId;
        }

        // The log is not touched by RequestVote, so the new state shares it.
        VoterState next = new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen());
        return new VoteOutcome(next, currentTerm, granted);
    }
}
