import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Voter changes: examples from the statement")
class VoterChangesTest {

    private static void expect(VoterChanges q, long leo, long hw, int[] voters, String after) {
        assertEquals(leo, q.logEndOffset(), "logEndOffset() after " + after);
        assertEquals(hw, q.highWatermark(), "highWatermark() after " + after);
        assertArrayEquals(voters, q.voters(), "voters() after " + after);
    }

    /** The example up to the first addVoter that succeeds. */
    private static VoterChanges withController4Added() {
        VoterChanges q = new VoterChanges(1, new int[] {1, 2, 3}, 100);
        q.fetch(2, 100);
        q.fetch(3, 100);
        q.append(20);
        q.fetch(2, 120);
        q.fetch(4, 90);
        assertEquals(VoterChanges.Result.NOT_CAUGHT_UP, q.addVoter(4), "addVoter(4) after fetch(4, 90)");
        q.fetch(4, 120);
        assertEquals(VoterChanges.Result.OK, q.addVoter(4), "addVoter(4) after fetch(4, 120)");
        return q;
    }

    @Test
    @Points(1)
    @DisplayName("Example: appends and fetches on voters {1, 2, 3}, LEO 100")
    void highWatermark() {
        VoterChanges q = new VoterChanges(1, new int[] {1, 2, 3}, 100);
        q.fetch(2, 100);
        q.fetch(3, 100);
        q.append(20);
        expect(q, 120, 100, new int[] {1, 2, 3}, "append(20)");
        q.fetch(2, 120);
        expect(q, 120, 120, new int[] {1, 2, 3}, "fetch(2, 120)");
    }

    @Test
    @Points(1)
    @DisplayName("Example: observer 4 fetches at 90, then at 120, and asks to become a voter each time")
    void addController4() {
        VoterChanges q = withController4Added();
        expect(q, 121, 120, new int[] {1, 2, 3, 4}, "addVoter(4)");
    }

    @Test
    @Points(1)
    @DisplayName("Example: removeVoter(3) before and after the record adding 4 is fetched")
    void removeController3() {
        VoterChanges q = withController4Added();
        assertEquals(VoterChanges.Result.PENDING_CHANGE, q.removeVoter(3), "removeVoter(3) right after addVoter(4)");
        q.fetch(2, 121);
        expect(q, 121, 120, new int[] {1, 2, 3, 4}, "fetch(2, 121)");
        q.fetch(4, 121);
        expect(q, 121, 121, new int[] {1, 2, 3, 4}, "fetch(4, 121)");
        assertEquals(VoterChanges.Result.OK, q.removeVoter(3), "removeVoter(3) after fetch(4, 121)");
        expect(q, 122, 121, new int[] {1, 2, 4}, "removeVoter(3)");
        q.fetch(2, 122);
        expect(q, 122, 122, new int[] {1, 2, 4}, "fetch(2, 122)");
        assertEquals(VoterChanges.Result.DUPLICATE_VOTER, q.addVoter(2), "addVoter(2)");
        assertEquals(VoterChanges.Result.VOTER_NOT_FOUND, q.removeVoter(3), "removeVoter(3) a second time");
    }

    @Test
    @Points(1)
    @DisplayName("Example: leader 1 removes itself from {1, 2, 4}")
    void leaderRemovesItself() {
        VoterChanges q = withController4Added();
        q.fetch(2, 121);
        q.fetch(4, 121);
        q.removeVoter(3);
        q.fetch(2, 122);
        assertEquals(VoterChanges.Result.OK, q.removeVoter(1), "removeVoter(1)");
        expect(q, 123, 122, new int[] {2, 4}, "removeVoter(1)");
        q.fetch(2, 123);
        expect(q, 123, 122, new int[] {2, 4}, "fetch(2, 123)");
        assertEquals(true, q.isLeader(), "isLeader() after fetch(2, 123)");
        q.fetch(4, 123);
        expect(q, 123, 123, new int[] {2, 4}, "fetch(4, 123)");
        assertEquals(false, q.isLeader(), "isLeader() after fetch(4, 123)");
        assertEquals(VoterChanges.Result.NOT_LEADER, q.addVoter(3), "addVoter(3) after the leader resigned");
    }

    @Test
    @Points(1)
    @DisplayName("Example: a quorum of one voter adds a second")
    void quorumOfOne() {
        VoterChanges q = new VoterChanges(1, new int[] {1}, 10);
        q.append(5);
        expect(q, 15, 15, new int[] {1}, "append(5)");
        q.fetch(2, 15);
        assertEquals(VoterChanges.Result.OK, q.addVoter(2), "addVoter(2)");
        expect(q, 16, 15, new int[] {1, 2}, "addVoter(2)");
        q.fetch(2, 16);
        expect(q, 16, 16, new int[] {1, 2}, "fetch(2, 16)");
    }
}
