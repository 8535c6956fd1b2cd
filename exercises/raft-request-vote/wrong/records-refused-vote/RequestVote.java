// Wrong solution: records-refused-vote.
// Mistake modelled: votedFor is set to the candidate as soon as the term and
// votedFor checks pass, before the log check; when the log check then fails the
// vote is refused but still recorded, so a better candidate of the same term is
// refused later ("already voted").
public class RequestVote {

    public record VoterState(int currentTerm, int votedFor, int[] logTerms, int logLen) {}

    public record VoteOutcome(VoterState newState, int replyTerm, boolean voteGranted) {}

    public static VoteOutcome onRequestVote(VoterState s, int term, int candidateId,
                                            int lastLogIndex, int lastLogTerm) {
        if (term < s.currentTerm()) {
            return new VoteOutcome(s, s.currentTerm(), false);
        }
        int currentTerm = s.currentTerm();
        int votedFor = s.votedFor();
        if (term > currentTerm) {
            currentTerm = term;
            votedFor = -1;
        }
        boolean granted = false;
        if (votedFor == -1 || votedFor == candidateId) {
            votedFor = candidateId; // bug: recorded even if the log check below fails
            int myLastIndex = s.logLen();
            int myLastTerm = s.logTerms()[myLastIndex];
            granted = lastLogTerm > myLastTerm
                    || (lastLogTerm == myLastTerm && lastLogIndex >= myLastIndex);
        }
        return new VoteOutcome(new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen()),
                currentTerm, granted);
    }
}
