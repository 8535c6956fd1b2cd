public class RequestVote {

    /**
     * A voter's persistent state. logTerms is a 1-based log: logTerms[0] is a
     * sentinel with term 0, logTerms[1..logLen] are the terms of the entries.
     * votedFor is -1 when the voter has not voted in currentTerm.
     */
    public record VoterState(int currentTerm, int votedFor, int[] logTerms, int logLen) {}

    /** The voter's state after the request, and the reply it sends. */
    public record VoteOutcome(VoterState newState, int replyTerm, boolean voteGranted) {}

    /**
     * Handles one RequestVote RPC on the voter (Raft, Figure 2).
     *
     * @param s            the voter's state before the request; must not be modified
     * @param term         the candidate's term
     * @param candidateId  the candidate asking for the vote
     * @param lastLogIndex index of the candidate's last log entry
     * @param lastLogTerm  term of the candidate's last log entry
     * @return the voter's new state, the term it replies with, and whether it grants the vote
     */
    public static VoteOutcome onRequestVote(VoterState s, int term, int candidateId,
                                            int lastLogIndex, int lastLogTerm) {
        // TODO: implement this method (see exercise.md for the rules).
        return new VoteOutcome(s, s.currentTerm(), false);
    }
}
