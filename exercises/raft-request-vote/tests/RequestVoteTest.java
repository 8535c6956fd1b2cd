import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("RequestVote receiver: examples from the statement")
class RequestVoteTest {

    /**
     * Runs one request and checks the whole outcome: the new term and vote,
     * the (unchanged) log, the reply term and the decision.
     */
    private static void check(int currentTerm, int votedFor, int[] log,
                              int term, int candidateId, int lastLogIndex, int lastLogTerm,
                              int expTerm, int expVotedFor, int expReply, boolean expGranted) {
        int logLen = log.length - 1;
        RequestVote.VoterState s = new RequestVote.VoterState(currentTerm, votedFor, log, logLen);
        String call = "voter (currentTerm " + currentTerm + ", votedFor " + votedFor + ", log "
                + Arrays.toString(log) + "), onRequestVote(term " + term + ", candidateId "
                + candidateId + ", lastLogIndex " + lastLogIndex + ", lastLogTerm " + lastLogTerm + ")";
        RequestVote.VoteOutcome out =
                RequestVote.onRequestVote(s, term, candidateId, lastLogIndex, lastLogTerm);
        assertNotNull(out, () -> call + " returned null");
        assertNotNull(out.newState(), () -> call + " returned a null newState");
        assertEquals(expGranted, out.voteGranted(), () -> call + ": voteGranted");
        assertEquals(expReply, out.replyTerm(), () -> call + ": replyTerm");
        assertEquals(expTerm, out.newState().currentTerm(), () -> call + ": newState.currentTerm");
        assertEquals(expVotedFor, out.newState().votedFor(), () -> call + ": newState.votedFor");
        assertEquals(logLen, out.newState().logLen(), () -> call + ": newState.logLen");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: voter (4, -1) log [_,1,1,4]; request (5, 2, 3, 4)")
    void example1() {
        check(4, -1, new int[] {0, 1, 1, 4}, 5, 2, 3, 4, 5, 2, 5, true);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: voter (5, 2) log [_,1,1,4]; request (5, 3, 3, 4)")
    void example2() {
        check(5, 2, new int[] {0, 1, 1, 4}, 5, 3, 3, 4, 5, 2, 5, false);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: voter (5, 2) log [_,1,1,4]; request (5, 2, 3, 4)")
    void example3() {
        check(5, 2, new int[] {0, 1, 1, 4}, 5, 2, 3, 4, 5, 2, 5, true);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: voter (3, 1) log [_,1,2,3]; request (2, 4, 9, 2)")
    void example4() {
        check(3, 1, new int[] {0, 1, 2, 3}, 2, 4, 9, 2, 3, 1, 3, false);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: voter (4, 1) log [_,1,2,4]; request (6, 5, 5, 3)")
    void example5() {
        check(4, 1, new int[] {0, 1, 2, 4}, 6, 5, 5, 3, 6, -1, 6, false);
    }

    @Test
    @Points(1)
    @DisplayName("Example 6: voter (6, -1) log [_,1,2,4]; request (6, 3, 3, 4)")
    void example6() {
        check(6, -1, new int[] {0, 1, 2, 4}, 6, 3, 3, 4, 6, 3, 6, true);
    }
}
