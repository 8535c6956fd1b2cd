import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("RequestVote receiver: hidden tests")
class RequestVoteHiddenTest {

    private static final long SEED = 20261127L;

    /** What the oracle (and the tests) expect: new term, new vote, reply term, decision. */
    private record Expected(int term, int votedFor, int reply, boolean granted) {}

    private static RequestVote.VoterState state(int currentTerm, int votedFor, int[] log, int logLen) {
        return new RequestVote.VoterState(currentTerm, votedFor, log, logLen);
    }

    private static RequestVote.VoterState state(int currentTerm, int votedFor, int... log) {
        return state(currentTerm, votedFor, log, log.length - 1);
    }

    private static String describe(RequestVote.VoterState s, int term, int cand, int lastIndex,
                                   int lastTerm) {
        return "voter (currentTerm " + s.currentTerm() + ", votedFor " + s.votedFor() + ", log "
                + Arrays.toString(Arrays.copyOf(s.logTerms(), Math.min(s.logTerms().length,
                        Math.min(s.logLen() + 1, 30))))
                + (s.logLen() + 1 > 30 ? "..." : "") + ", logLen " + s.logLen()
                + "), onRequestVote(term " + term + ", candidateId " + cand + ", lastLogIndex "
                + lastIndex + ", lastLogTerm " + lastTerm + ")";
    }

    /** Calls the student's method; an exception or a null becomes a readable failure. */
    private static RequestVote.VoteOutcome call(RequestVote.VoterState s, int term, int cand,
                                                int lastIndex, int lastTerm, String description) {
        RequestVote.VoteOutcome out;
        try {
            out = RequestVote.onRequestVote(s, term, cand, lastIndex, lastTerm);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
        if (out == null || out.newState() == null) {
            return fail(description + " returned " + (out == null ? "null" : "a null newState"));
        }
        return out;
    }

    /**
     * Oracle: Figure 2's RequestVote receiver, as closed formulas rather than
     * step by step. The vote goes through when the request is not stale, the
     * candidate's log is not behind (compared as one long key: term, then index),
     * and either the term is new or the voter's vote in this term is free or
     * already this candidate's.
     */
    private static Expected oracle(RequestVote.VoterState s, int term, int cand, int lastIndex,
                                   int lastTerm) {
        long candKey = ((long) lastTerm << 32) | lastIndex;
        long voterKey = ((long) s.logTerms()[s.logLen()] << 32) | s.logLen();
        boolean stale = term < s.currentTerm();
        boolean newTerm = term > s.currentTerm();
        boolean voteFree = newTerm || s.votedFor() == -1 || s.votedFor() == cand;
        boolean granted = !stale && candKey >= voterKey && voteFree;
        int t = Math.max(term, s.currentTerm());
        int v = granted ? cand : (newTerm ? -1 : s.votedFor());
        return new Expected(t, v, t, granted);
    }

    /**
     * Runs one request, checks it against the expected outcome, checks that the
     * input was not modified and the log kept, and returns the new state.
     */
    private static RequestVote.VoterState expect(Expected exp, RequestVote.VoterState s, int term,
                                                 int cand, int lastIndex, int lastTerm,
                                                 String prefix) {
        String description = prefix + describe(s, term, cand, lastIndex, lastTerm);
        int[] logBefore = s.logTerms().clone();
        RequestVote.VoteOutcome out = call(s, term, cand, lastIndex, lastTerm, description);
        assertArrayEquals(logBefore, s.logTerms(),
                () -> description + ": the input logTerms array was modified");
        RequestVote.VoterState n = out.newState();
        assertEquals(exp.granted(), out.voteGranted(), () -> description + ": voteGranted");
        assertEquals(exp.reply(), out.replyTerm(), () -> description + ": replyTerm");
        assertEquals(exp.term(), n.currentTerm(), () -> description + ": newState.currentTerm");
        assertEquals(exp.votedFor(), n.votedFor(), () -> description + ": newState.votedFor");
        assertEquals(s.logLen(), n.logLen(), () -> description + ": newState.logLen");
        if (n.logTerms() == null || n.logTerms().length < s.logLen() + 1
                || !Arrays.equals(Arrays.copyOf(n.logTerms(), s.logLen() + 1),
                        Arrays.copyOf(logBefore, s.logLen() + 1))) {
            fail(description + ": newState.logTerms must hold the same log (RequestVote never"
                    + " changes the log)");
        }
        return n;
    }

    private static RequestVote.VoterState expect(int expTerm, int expVotedFor, int expReply,
                                                 boolean expGranted, RequestVote.VoterState s,
                                                 int term, int cand, int lastIndex, int lastTerm) {
        return expect(new Expected(expTerm, expVotedFor, expReply, expGranted), s, term, cand,
                lastIndex, lastTerm, "");
    }

    @Test
    @Points(1)
    @DisplayName("Request from an older term by a candidate with a longer, newer log")
    void staleTermBetterLog() {
        expect(7, 3, 7, false, state(7, 3, 0, 1, 5, 7), 6, 2, 10, 6);
    }

    @Test
    @Points(1)
    @DisplayName("Request from an older term to a voter that has not voted")
    void staleTermNoVote() {
        expect(7, -1, 7, false, state(7, -1, 0, 1, 5), 5, 1, 3, 5);
    }

    @Test
    @Points(2)
    @DisplayName("Newer term, voter voted for someone else in its old term, candidate log equal")
    void newerTermClearsOldVote() {
        expect(5, 3, 5, true, state(4, 2, 0, 1, 2, 4), 5, 3, 3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Newer term from a candidate whose log is behind, voter had voted in its old term")
    void newerTermLogBehind() {
        expect(9, -1, 9, false, state(4, 2, 0, 1, 2, 4), 9, 3, 2, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Newer term from a candidate with the same last term but a shorter log")
    void newerTermShorterLog() {
        expect(6, -1, 6, false, state(5, -1, 0, 1, 4, 4, 4), 6, 2, 3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Same term, voter already voted for another candidate, candidate log ahead")
    void secondCandidateSameTerm() {
        expect(5, 1, 5, false, state(5, 1, 0, 1, 1), 5, 4, 10, 5);
    }

    @Test
    @Points(1)
    @DisplayName("A candidate that voted for itself receives a request from a rival in its term")
    void candidateVotedForItself() {
        expect(8, 3, 8, false, state(8, 3, 0, 2, 8), 8, 1, 2, 8);
    }

    @Test
    @Points(2)
    @DisplayName("The same request delivered three times, then a rival of the same term")
    void repeatedRequest() {
        RequestVote.VoterState s = state(2, -1, 0, 1, 2);
        s = expect(3, 4, 3, true, s, 3, 4, 2, 2);
        s = expect(3, 4, 3, true, s, 3, 4, 2, 2);
        s = expect(3, 4, 3, true, s, 3, 4, 2, 2);
        expect(3, 4, 3, false, s, 3, 1, 2, 2);
    }

    @Test
    @Points(2)
    @DisplayName("A candidate refused for its log, then a second candidate of the same term")
    void refusedVoteNotRecorded() {
        RequestVote.VoterState s = state(5, -1, 0, 1, 3, 5);
        s = expect(5, -1, 5, false, s, 5, 2, 2, 3);
        expect(5, 4, 5, true, s, 5, 4, 3, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Candidate with a longer log whose last term is older than the voter's")
    void longerButOlderLog() {
        expect(5, -1, 5, false, state(5, -1, 0, 1, 1, 4), 5, 2, 8, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Server id 0 as the candidate and as the recorded vote")
    void serverIdZero() {
        expect(3, 0, 3, true, state(3, -1, 0, 1), 3, 0, 1, 1);
        expect(3, 0, 3, false, state(3, 0, 0, 1), 3, 2, 1, 1);
        expect(3, 0, 3, true, state(3, 0, 0, 1), 3, 0, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("First election ever: voter at term 0 with an empty log")
    void firstElection() {
        expect(1, 4, 1, true, state(0, -1, 0), 1, 4, 0, 0);
        expect(2, 1, 2, true, state(0, -1, 0), 2, 1, 1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Voter log stored in an array with spare slots holding leftover terms")
    void spareCapacity() {
        // logLen 3; slots 4..6 are leftovers from a truncated suffix and are not in the log.
        int[] arr = {0, 1, 2, 2, 7, 7, 7};
        expect(4, 1, 4, true, state(3, -1, arr, 3), 4, 1, 3, 2);
        int[] empty = {0, 5, 5};
        expect(6, 2, 6, true, state(5, -1, empty, 0), 6, 2, 1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 8: S5 (log ending term 3 at index 2) asks S3 and S1 for votes in term 5")
    void figure8() {
        // S3 after (c): log [_,1,2], term 4, voted for S1.
        expect(5, 5, 5, true, state(4, 1, 0, 1, 2), 5, 5, 2, 3);
        // S1 after (c): log [_,1,2,4], term 4, voted for itself.
        expect(5, -1, 5, false, state(4, 1, 0, 1, 2, 4), 5, 5, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Voter with 10,000 entries and terms up to 10^9")
    void largeLog() {
        int[] log = new int[10_001];
        for (int i = 1; i <= 10_000; i++) {
            log[i] = (i <= 5_000) ? 1 : 1_000_000_000;
        }
        expect(1_000_000_000, -1, 1_000_000_000, false, state(1_000_000_000, -1, log, 10_000),
                1_000_000_000, 7, 9_999, 1_000_000_000);
        expect(1_000_000_000, 7, 1_000_000_000, true, state(1_000_000_000, -1, log, 10_000),
                1_000_000_000, 7, 10_000, 1_000_000_000);
    }

    @Test
    @Points(3)
    @DisplayName("500 random single requests against random voters")
    void randomRequests() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            RequestVote.VoterState s = randomVoter(random);
            int[] req = randomRequest(random, s.currentTerm());
            Expected exp = oracle(s, req[0], req[1], req[2], req[3]);
            expect(exp, s, req[0], req[1], req[2], req[3], "seed " + SEED + ", case " + t + ": ");
        }
    }

    @Test
    @Points(3)
    @DisplayName("200 random sequences of 15 requests to one voter: at most one vote per term")
    void randomSequences() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 200; t++) {
            RequestVote.VoterState s = randomVoter(random);
            Map<Integer, Integer> granted = new HashMap<>();
            if (s.votedFor() != -1) {
                granted.put(s.currentTerm(), s.votedFor());
            }
            for (int step = 0; step < 15; step++) {
                int[] req = randomRequest(random, s.currentTerm());
                String prefix = "seed " + (SEED + 1) + ", sequence " + t + ", step " + step + ": ";
                Expected exp = oracle(s, req[0], req[1], req[2], req[3]);
                int before = s.currentTerm();
                RequestVote.VoterState n = expect(exp, s, req[0], req[1], req[2], req[3], prefix);
                if (n.currentTerm() < before) {
                    fail(prefix + "currentTerm went down from " + before + " to " + n.currentTerm());
                }
                if (exp.granted()) {
                    Integer earlier = granted.putIfAbsent(req[0], req[1]);
                    if (earlier != null && earlier != req[1]) {
                        fail(prefix + "two different candidates got a vote in term " + req[0]);
                    }
                }
                s = n;
            }
        }
    }

    /** A random consistent voter: non-decreasing log terms <= currentTerm, maybe spare slots. */
    private static RequestVote.VoterState randomVoter(Random random) {
        int currentTerm = random.nextInt(6);
        int logLen = currentTerm == 0 ? 0 : random.nextInt(7);
        int spare = random.nextInt(3);
        int[] log = new int[logLen + 1 + spare];
        int term = 1;
        for (int i = 1; i <= logLen; i++) {
            if (random.nextInt(3) == 0) {
                term++;
            }
            term = Math.min(term, currentTerm);
            log[i] = term;
        }
        for (int i = logLen + 1; i < log.length; i++) {
            log[i] = 1 + random.nextInt(8); // leftover garbage, not part of the log
        }
        int votedFor = currentTerm == 0 || random.nextInt(3) == 0 ? -1 : random.nextInt(5);
        return state(currentTerm, votedFor, log, logLen);
    }

    /** A random request {term, candidateId, lastLogIndex, lastLogTerm} near the voter's term. */
    private static int[] randomRequest(Random random, int voterTerm) {
        int term = Math.max(1, voterTerm - 1 + random.nextInt(3));
        int cand = random.nextInt(5);
        int lastIndex = random.nextInt(8);
        int lastTerm = lastIndex == 0 ? 0 : 1 + random.nextInt(term);
        return new int[] {term, cand, lastIndex, lastTerm};
    }
}
