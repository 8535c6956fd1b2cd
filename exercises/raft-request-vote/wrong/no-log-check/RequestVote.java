// Wrong solution: no-log-check.
// Mistake modelled: implements the term and votedFor rules but skips the
// election restriction, so a candidate missing committed entries can win
// (the first come, first served vote is all that is checked).
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
        boolean granted = votedFor == -1 || votedFor == candidateId; // bug: no log comparison
        if (granted) {
            votedFor = candidateId;
        }
        return new VoteOutcome(new VoterState(currentTerm, votedFor, s.logTerms(), s.logLen()),
                currentTerm, granted);
    }
}
