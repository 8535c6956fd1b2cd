import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the scenario, never the answer. */
@DisplayName("KRaft vote: hidden tests")
class KraftVoteHiddenTest {

    private static final long SEED = 20261129L;

    private static OptionalInt opt(int id) {
        return id < 0 ? OptionalInt.empty() : OptionalInt.of(id);
    }

    private static KraftVote.OffsetAndEpoch oe(long offset, int epoch) {
        return new KraftVote.OffsetAndEpoch(offset, epoch);
    }

    private static KraftVote.VoterView view(int epoch, int votedFor, int leaderId, long off, int ep,
            boolean fetched) {
        return new KraftVote.VoterView(epoch, opt(votedFor), opt(leaderId), oe(off, ep), fetched);
    }

    private static String req(KraftVote.VoterView v, int id, int epoch, KraftVote.OffsetAndEpoch last,
            boolean preVote) {
        return "(" + v + ", " + id + ", " + epoch + ", " + last + ", preVote=" + preVote + ")";
    }

    private static boolean grant(KraftVote.VoterView v, int id, int epoch, KraftVote.OffsetAndEpoch last,
            boolean preVote) {
        try {
            return KraftVote.canGrant(v, id, epoch, last, preVote);
        } catch (RuntimeException | StackOverflowError e) {
            return fail("canGrant" + req(v, id, epoch, last, preVote) + " threw " + e, e);
        }
    }

    private static KraftVote.VoterView after(KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        try {
            return KraftVote.afterVote(v, id, epoch, last, preVote);
        } catch (RuntimeException | StackOverflowError e) {
            return fail("afterVote" + req(v, id, epoch, last, preVote) + " threw " + e, e);
        }
    }

    private static int cmp(KraftVote.OffsetAndEpoch a, KraftVote.OffsetAndEpoch b) {
        try {
            return Integer.signum(a.compareTo(b));
        } catch (RuntimeException | StackOverflowError e) {
            return fail(a + ".compareTo(" + b + ") threw " + e, e);
        }
    }

    private static void checkGrant(boolean expected, KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        assertEquals(expected, grant(v, id, epoch, last, preVote), "canGrant" + req(v, id, epoch, last, preVote));
    }

    private static void checkAfter(KraftVote.VoterView expected, KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        assertEquals(expected, after(v, id, epoch, last, preVote), "afterVote" + req(v, id, epoch, last, preVote));
    }

    private static void checkCmp(int expectedSign, KraftVote.OffsetAndEpoch a, KraftVote.OffsetAndEpoch b) {
        assertEquals(expectedSign, cmp(a, b), "sign of " + a + ".compareTo(" + b + ")");
    }

    // ---- oracle: the statement's rules, written independently ----

    private static int oracleCmp(KraftVote.OffsetAndEpoch a, KraftVote.OffsetAndEpoch b) {
        if (a.epoch() < b.epoch()) {
            return -1;
        }
        if (a.epoch() > b.epoch()) {
            return 1;
        }
        return Long.compare(a.offset(), b.offset());
    }

    /** Rules 2 and 3 in one condition: a malformed request, or one from an older epoch. */
    private static boolean oracleIgnored(KraftVote.VoterView v, int epoch, KraftVote.OffsetAndEpoch last,
            boolean preVote) {
        boolean malformed = last.offset() < 0 || last.epoch() < 0 || last.epoch() > epoch
                || (!preVote && last.epoch() == epoch);
        return malformed || epoch < v.epoch();
    }

    /**
     * Written as conditions on the original view rather than by building the post-rule-4 view:
     * with a newer epoch nothing the voter knew about its old epoch (vote, leader, fetches) counts.
     */
    private static boolean oracleGrant(KraftVote.VoterView v, int id, int epoch, KraftVote.OffsetAndEpoch last,
            boolean preVote) {
        if (oracleIgnored(v, epoch, last, preVote)) {
            return false;
        }
        boolean sameEpoch = epoch == v.epoch();
        boolean upToDate = oracleCmp(last, v.logEnd()) >= 0;
        if (preVote) {
            boolean followsLiveLeader = sameEpoch && v.leaderId().isPresent() && v.fetchedFromLeaderSinceFollowing();
            return upToDate && !followsLiveLeader;
        }
        if (!sameEpoch) {
            return upToDate;
        }
        if (v.votedFor().isPresent()) {
            return v.votedFor().getAsInt() == id;
        }
        return v.leaderId().isEmpty() && upToDate;
    }

    private static KraftVote.VoterView oracleAfter(KraftVote.VoterView v, int id, int epoch,
            KraftVote.OffsetAndEpoch last, boolean preVote) {
        if (oracleIgnored(v, epoch, last, preVote)) {
            return v;
        }
        boolean newer = epoch > v.epoch();
        OptionalInt voted = newer ? OptionalInt.empty() : v.votedFor();
        if (!preVote && voted.isEmpty() && oracleGrant(v, id, epoch, last, false)) {
            voted = OptionalInt.of(id);
        }
        return new KraftVote.VoterView(epoch, voted, newer ? OptionalInt.empty() : v.leaderId(), v.logEnd(),
                !newer && v.fetchedFromLeaderSinceFollowing());
    }

    // ---- tests ----

    @Test
    @Points(2)
    @DisplayName("compareTo on positions that differ in epoch, in offset, or not at all")
    void compareOrder() {
        checkCmp(1, oe(10, 3), oe(1000, 2));
        checkCmp(-1, oe(1000, 2), oe(10, 3));
        checkCmp(1, oe(11, 3), oe(10, 3));
        checkCmp(-1, oe(10, 3), oe(11, 3));
        checkCmp(0, oe(42, 7), oe(42, 7));
        checkCmp(0, oe(0, 0), oe(0, 0));
    }

    @Test
    @Points(1)
    @DisplayName("compareTo with offsets near 10^18")
    void compareHugeOffsets() {
        long big = 1_000_000_000_000_000_000L;
        checkCmp(1, oe(big, 1), oe(0, 1));
        checkCmp(-1, oe(0, 1), oe(big, 1));
        checkCmp(1, oe(big, 1_000_000_000), oe(big - 1, 1_000_000_000));
    }

    @Test
    @Points(2)
    @DisplayName("A real vote whose last epoch equals or exceeds the request epoch")
    void invalidLastEpochRealVote() {
        KraftVote.VoterView v = view(3, -1, -1, 0, 0, false);
        checkGrant(false, v, 1, 4, oe(5, 4), false);
        checkGrant(false, v, 1, 4, oe(5, 9), false);
        checkAfter(v, v, 1, 4, oe(5, 4), false);
        checkGrant(true, v, 1, 4, oe(5, 3), false);
    }

    @Test
    @Points(1)
    @DisplayName("A pre-vote whose last epoch equals or exceeds the request epoch")
    void invalidLastEpochPreVote() {
        KraftVote.VoterView v = view(4, -1, -1, 50, 4, false);
        checkGrant(true, v, 1, 4, oe(50, 4), true);
        checkGrant(false, v, 1, 4, oe(50, 5), true);
    }

    @Test
    @Points(1)
    @DisplayName("Requests with a negative last offset or last epoch")
    void negativeFields() {
        KraftVote.VoterView v = view(2, -1, -1, 0, 0, false);
        checkGrant(false, v, 1, 3, oe(-1, 1), false);
        checkGrant(false, v, 1, 3, oe(5, -1), false);
        checkGrant(false, v, 1, 3, oe(-1, 1), true);
        checkAfter(v, v, 1, 3, oe(-1, 1), false);
    }

    @Test
    @Points(2)
    @DisplayName("A real vote after voting for another replica in the same epoch")
    void alreadyVotedForAnother() {
        KraftVote.VoterView v = view(7, 4, -1, 10, 6, false);
        checkGrant(false, v, 5, 7, oe(500, 6), false);
        checkAfter(v, v, 5, 7, oe(500, 6), false);
    }

    @Test
    @Points(1)
    @DisplayName("A repeated real vote from the replica already voted for")
    void repeatedRequest() {
        KraftVote.VoterView v = view(7, 4, -1, 10, 6, false);
        checkGrant(true, v, 4, 7, oe(10, 6), false);
        checkAfter(v, v, 4, 7, oe(10, 6), false);
    }

    @Test
    @Points(2)
    @DisplayName("Pre-votes to a voter that voted for another replica in this epoch")
    void preVoteIgnoresVotedFor() {
        KraftVote.VoterView v = view(7, 4, -1, 10, 6, false);
        checkGrant(true, v, 5, 7, oe(10, 6), true);
        checkAfter(v, v, 5, 7, oe(10, 6), true);
        checkGrant(false, v, 5, 7, oe(9, 6), true);
    }

    @Test
    @Points(2)
    @DisplayName("A pre-vote, then a real vote for the next epoch from a different replica")
    void preVoteRecordsNothing() {
        KraftVote.VoterView v = view(5, -1, -1, 100, 4, false);
        checkGrant(true, v, 2, 5, oe(100, 4), true);
        KraftVote.VoterView afterPre = after(v, 2, 5, oe(100, 4), true);
        assertEquals(v, afterPre, "afterVote" + req(v, 2, 5, oe(100, 4), true));
        checkGrant(true, afterPre, 3, 6, oe(100, 4), false);
        checkAfter(view(6, 3, -1, 100, 4, false), afterPre, 3, 6, oe(100, 4), false);
    }

    @Test
    @Points(1)
    @DisplayName("A pre-vote carrying a newer epoch")
    void preVoteNewerEpoch() {
        KraftVote.VoterView v = view(5, 2, 2, 100, 4, true);
        checkGrant(true, v, 3, 6, oe(100, 4), true);
        checkAfter(view(6, -1, -1, 100, 4, false), v, 3, 6, oe(100, 4), true);
    }

    @Test
    @Points(2)
    @DisplayName("Pre-votes to followers that have and have not fetched from their leader")
    void followerPreVotes() {
        KraftVote.VoterView fetched = view(8, -1, 1, 300, 8, true);
        KraftVote.VoterView notYet = view(8, -1, 1, 300, 8, false);
        checkGrant(false, fetched, 3, 8, oe(300, 8), true);
        checkGrant(true, notYet, 3, 8, oe(300, 8), true);
        checkGrant(false, notYet, 3, 8, oe(299, 8), true);
        checkAfter(notYet, notYet, 3, 8, oe(300, 8), true);
    }

    @Test
    @Points(1)
    @DisplayName("Real votes to a follower of a known leader in the same epoch")
    void followerRejectsRealVotes() {
        checkGrant(false, view(8, -1, 1, 300, 7, false), 3, 8, oe(900, 7), false);
        checkGrant(false, view(8, -1, 1, 300, 7, true), 3, 8, oe(900, 7), false);
    }

    @Test
    @Points(2)
    @DisplayName("A real vote for a newer epoch to a voter that voted in the old epoch")
    void newerEpochResetsVote() {
        KraftVote.VoterView v = view(5, 2, -1, 100, 4, false);
        checkGrant(true, v, 3, 6, oe(100, 4), false);
        checkAfter(view(6, 3, -1, 100, 4, false), v, 3, 6, oe(100, 4), false);
        KraftVote.VoterView f = view(5, -1, 1, 100, 5, true);
        checkGrant(true, f, 3, 6, oe(100, 5), false);
        checkAfter(view(6, 3, -1, 100, 5, false), f, 3, 6, oe(100, 5), false);
    }

    @Test
    @Points(1)
    @DisplayName("A real vote for a newer epoch from a replica with a shorter log")
    void newerEpochStaleLog() {
        KraftVote.VoterView v = view(5, 2, 1, 100, 5, true);
        checkGrant(false, v, 3, 9, oe(99, 5), false);
        checkAfter(view(9, -1, -1, 100, 5, false), v, 3, 9, oe(99, 5), false);
    }

    @Test
    @Points(1)
    @DisplayName("Vote and pre-vote requests from an older epoch")
    void staleEpochs() {
        KraftVote.VoterView v = view(10, -1, -1, 100, 9, false);
        checkGrant(false, v, 3, 9, oe(500, 8), false);
        checkGrant(false, v, 3, 9, oe(500, 9), true);
        checkAfter(v, v, 3, 9, oe(500, 8), false);
    }

    @Test
    @Points(1)
    @DisplayName("Voters and requesters with empty logs")
    void emptyLogs() {
        KraftVote.VoterView v = view(0, -1, -1, 0, 0, false);
        checkGrant(true, v, 1, 1, oe(0, 0), false);
        checkGrant(true, v, 1, 0, oe(0, 0), true);
        checkAfter(view(1, 1, -1, 0, 0, false), v, 1, 1, oe(0, 0), false);
    }

    @Test
    @Points(1)
    @DisplayName("The same request asked twice, with other requests in between")
    void noHiddenState() {
        KraftVote.VoterView v = view(5, -1, -1, 100, 4, false);
        boolean first = grant(v, 2, 6, oe(100, 4), false);
        grant(v, 3, 6, oe(200, 4), false);
        after(v, 3, 6, oe(200, 4), false);
        grant(v, 4, 6, oe(300, 5), true);
        boolean second = grant(v, 2, 6, oe(100, 4), false);
        assertEquals(first, second, "canGrant gave different answers for the same inputs " + req(v, 2, 6,
                oe(100, 4), false));
        assertEquals(true, second, "canGrant" + req(v, 2, 6, oe(100, 4), false));
    }

    @Test
    @Points(3)
    @DisplayName("600 random voter states and requests")
    void randomRequests() {
        Random random = new Random(SEED);
        for (int t = 0; t < 600; t++) {
            int vEpoch = random.nextInt(6);
            int leader = random.nextInt(3) == 0 ? random.nextInt(4) : -1;
            int voted = random.nextInt(3) == 0 ? random.nextInt(4) : -1;
            boolean fetched = leader >= 0 && random.nextBoolean();
            KraftVote.VoterView v = view(vEpoch, voted, leader, random.nextInt(6), random.nextInt(vEpoch + 1), fetched);
            int id = random.nextInt(4);
            int epoch = Math.max(0, vEpoch + random.nextInt(4) - 1);
            long lastOff = random.nextInt(12) == 0 ? -1 : random.nextInt(6);
            int lastEp = random.nextInt(epoch + 2);
            boolean preVote = random.nextBoolean();
            KraftVote.OffsetAndEpoch last = oe(lastOff, lastEp);
            String c = "seed " + SEED + ", case " + t + ": ";

            boolean wantGrant = oracleGrant(v, id, epoch, last, preVote);
            boolean gotGrant = grant(v, id, epoch, last, preVote);
            if (gotGrant != wantGrant) {
                assertEquals(wantGrant, gotGrant, c + "canGrant" + req(v, id, epoch, last, preVote));
            }
            KraftVote.VoterView wantAfter = oracleAfter(v, id, epoch, last, preVote);
            KraftVote.VoterView gotAfter = after(v, id, epoch, last, preVote);
            if (!wantAfter.equals(gotAfter)) {
                assertEquals(wantAfter, gotAfter, c + "afterVote" + req(v, id, epoch, last, preVote));
            }
            KraftVote.OffsetAndEpoch other = oe(random.nextInt(6), random.nextInt(6));
            int wantCmp = oracleCmp(last, other);
            if (lastOff >= 0 && cmp(last, other) != wantCmp) {
                assertEquals(wantCmp, cmp(last, other), c + "sign of " + last + ".compareTo(" + other + ")");
            }
        }
    }
}
