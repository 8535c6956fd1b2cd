// Wrong solution: keeps-old-vote.
// Mistake modelled: on a newer term the voter adopts the term but forgets to
// clear votedFor, so the vote it cast in an OLD term still blocks every other
// candidate of the NEW term (the voter can get stuck refusing everyone but the
// candidate it once voted for).
public class RequestVote {

    public record VoterState(int currentTerm, int votedFor, int[] logTerms, int logLen) {}

    public record VoteOutcome(VoterState newState, int replyTerm, boolean voteGranted) {}

    public static VoteOutcome onRequestVote(VoterState s, int term, int candidateId,
                                            int lastLogIndex, int lastLogTerm) {
        if (term < s.currentTerm()) {
            return new VoteOutcome(s, s.currentTerm(), false);
        }
        int currentTerm = Math.max(s.currentTerm(), term);
        int votedFor = s.votedFor(); // bug: not reset to -1 when the term goes up
        int myLastIndex = s.logLen();
        int myLastTerm = s.logTerms()[myLastIndex];
        boolean logOk = lastLogTerm > myLastTerm
                || (lastLogTerm == myLastTerm && lastLogIndex >= myLastIndex);
        boolean granted = (votedFor == -1 || votedFor == candidateId) && logOk;
        if (granted) {
            votedFor = candidateId;
        }
        return new VoteOutcome(new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen()),
                currentTerm, granted);
    }
}
