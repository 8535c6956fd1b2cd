// Wrong solution: second-vote.
// Mistake modelled: votedFor is recorded but never consulted, so a voter that
// already voted in this term grants a second vote to another candidate whose
// log is good enough. Two candidates can then both collect a majority in the
// same term (two leaders in one term).
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
        int myLastIndex = s.logLen();
        int myLastTerm = s.logTerms()[myLastIndex];
        boolean logOk = lastLogTerm > myLastTerm
                || (lastLogTerm == myLastTerm && lastLogIndex >= myLastIndex);
        boolean granted = logOk; // bug: ignores an earlier vote in the same term
        if (granted) {
            votedFor = candidateId;
        }
        return new VoteOutcome(new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen()),
                currentTerm, granted);
    }
}
