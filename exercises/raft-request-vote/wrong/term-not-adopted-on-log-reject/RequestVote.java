// Wrong solution: term-not-adopted-on-log-reject.
// Mistake modelled: the log check is done first and a refused candidate gets
// the old state back, so a voter that sees a newer term but refuses the vote
// because of its log never moves to that term (and replies with its old term).
// Figure 2 says any RPC with a newer term updates currentTerm, vote or no vote.
public class RequestVote {

    public record VoterState(int currentTerm, int votedFor, int[] logTerms, int logLen) {}

    public record VoteOutcome(VoterState newState, int replyTerm, boolean voteGranted) {}

    public static VoteOutcome onRequestVote(VoterState s, int term, int candidateId,
                                            int lastLogIndex, int lastLogTerm) {
        if (term < s.currentTerm()) {
            return new VoteOutcome(s, s.currentTerm(), false);
        }
        int myLastIndex = s.logLen();
        int myLastTerm = s.logTerms()[myLastIndex];
        boolean logOk = lastLogTerm > myLastTerm
                || (lastLogTerm == myLastTerm && lastLogIndex >= myLastIndex);
        if (!logOk) {
            return new VoteOutcome(s, s.currentTerm(), false); // bug: term not adopted
        }
        int currentTerm = s.currentTerm();
        int votedFor = s.votedFor();
        if (term > currentTerm) {
            currentTerm = term;
            votedFor = -1;
        }
        boolean granted = votedFor == -1 || votedFor == candidateId;
        if (granted) {
            votedFor = candidateId;
        }
        return new VoteOutcome(new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen()),
                currentTerm, granted);
    }
}
