import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("KRaft vote: examples from the statement")
class KraftVoteTest {

    private static OptionalInt opt(int id) {
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }

    private static KraftVote.OffsetAndEpoch oe(long offset, int epoch) {
        return new KraftVote.OffsetAndEpoch(offset, epoch);
    }

    /** A voter view; -1 means "empty" for votedFor and leaderId. */
    private static KraftVote.VoterView view(int epoch, int votedFor, int leaderId, long off, int ep,
            boolean fetched) {
        return new KraftVote.VoterView(epoch, opt(votedFor), opt(leaderId), oe(off, ep), fetched);
    }

    private static final KraftVote.VoterView A = view(5, -1, -1, 100, 4, false);
    private static final KraftVote.VoterView B = view(6, 2, -1, 100, 4, false);

    private static void grant(boolean expected, KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        assertEquals(expected, KraftVote.canGrant(v, id, epoch, last, preVote),
                "canGrant(" + v + ", " + id + ", " + epoch + ", " + last + ", preVote=" + preVote + ")");
    }

    private static void after(KraftVote.VoterView expected, KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        assertEquals(expected, KraftVote.afterVote(v, id, epoch, last, preVote),
                "afterVote(" + v + ", " + id + ", " + epoch + ", " + last + ", preVote=" + preVote + ")");
    }

    @Test
    @Points(1)
    @DisplayName("Example: voter A gets votes for epoch 6 with last positions (100, 4), (120, 3) and (90, 5)")
    void realVotesToA() {
        grant(true, A, 2, 6, oe(100, 4), false);
        after(view(6, 2, -1, 100, 4, false), A, 2, 6, oe(100, 4), false);
        grant(false, A, 2, 6, oe(120, 3), false);
        after(view(6, -1, -1, 100, 4, false), A, 2, 6, oe(120, 3), false);
        grant(true, A, 3, 6, oe(90, 5), false);
    }

    @Test
    @Points(1)
    @DisplayName("Example: voter B (voted for 2 in epoch 6) gets a vote and a pre-vote from 3")
    void voterB() {
        grant(false, B, 3, 6, oe(100, 4), false);
        grant(true, B, 3, 6, oe(100, 4), true);
        after(B, B, 3, 6, oe(100, 4), true);
    }

    @Test
    @Points(1)
    @DisplayName("Example: followers of leader 1, with and without a successful fetch, get a pre-vote")
    void followers() {
        grant(false, view(6, -1, 1, 100, 4, true), 3, 6, oe(100, 4), true);
        grant(true, view(6, -1, 1, 100, 4, false), 3, 6, oe(100, 4), true);
    }

    @Test
    @Points(1)
    @DisplayName("Example: last epoch equal to the request epoch, for a vote and for a pre-vote")
    void epochValidity() {
        grant(false, A, 2, 6, oe(100, 6), false);
        grant(true, A, 2, 5, oe(100, 5), true);
    }

    @Test
    @Points(1)
    @DisplayName("Example: a vote request for epoch 4 reaches voter A in epoch 5")
    void staleEpoch() {
        grant(false, A, 2, 4, oe(100, 3), false);
    }

    @Test
    @Points(1)
    @DisplayName("Example: comparing (90, 5) with (100, 4)")
    void compareExample() {
        int c = oe(90, 5).compareTo(oe(100, 4));
        assertEquals(true, c > 0, "(90, 5).compareTo((100, 4)) returned " + c);
    }
}
