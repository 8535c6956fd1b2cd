// Wrong solution: last-slot-of-array.
// Mistake modelled: takes the voter's last entry from the end of the ARRAY
// (logTerms.length - 1) instead of from logLen. With a C-style log the array is
// often bigger than the log (spare capacity, or slots left over after a
// truncation), so the comparison uses a term and index that are not in the log.
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
        int myLastIndex = s.logTerms().length - 1; // bug: capacity, not length
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
