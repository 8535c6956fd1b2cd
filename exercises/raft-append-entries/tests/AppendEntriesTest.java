import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/**
 * Visible tests: the examples from the statement. Every example starts from
 * the follower log [_, 1, 1, 2, 2], logLen 4, currentTerm 2, commitIndex 2.
 */
@DisplayName("AppendEntries receiver: examples from the statement")
class AppendEntriesTest {

    private static void check(int term, int prevLogIndex, int prevLogTerm, int[] entries,
                              int leaderCommit, boolean expSuccess, int expReply,
                              int[] expLog, int expCommit) {
        int[] log = new int[8];
        int[] start = {0, 1, 1, 2, 2};
        System.arraycopy(start, 0, log, 0, start.length);
        String call = "follower log [_, 1, 1, 2, 2], logLen 4, currentTerm 2, commitIndex 2;"
                + " onAppendEntries(term " + term + ", prevLogIndex " + prevLogIndex
                + ", prevLogTerm " + prevLogTerm + ", entryTerms " + Arrays.toString(entries)
                + ", leaderCommit " + leaderCommit + ")";
        AppendEntries.AppendOutcome out = AppendEntries.onAppendEntries(log, 4, 2, 2,
                term, prevLogIndex, prevLogTerm, entries, leaderCommit);
        assertNotNull(out, () -> call + " returned null");
        assertEquals(expSuccess, out.success(), () -> call + ": success");
        assertEquals(expReply, out.replyTerm(), () -> call + ": replyTerm");
        assertEquals(expLog.length - 1, out.newLogLen(), () -> call + ": newLogLen");
        assertArrayEquals(expLog, Arrays.copyOf(log, expLog.length),
                () -> call + ": log[0..newLogLen] after the call");
        assertEquals(expCommit, out.newCommitIndex(), () -> call + ": newCommitIndex");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: append one entry after a matching last entry (3, 4, 2, [3], 3)")
    void example1() {
        check(3, 4, 2, new int[] {3}, 3, true, 3, new int[] {0, 1, 1, 2, 2, 3}, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Examples 2 and 3: (3, 5, 3, [3], 3) and (3, 3, 1, [3], 3)")
    void examples2and3() {
        check(3, 5, 3, new int[] {3}, 3, false, 3, new int[] {0, 1, 1, 2, 2}, 2);
        check(3, 3, 1, new int[] {3}, 3, false, 3, new int[] {0, 1, 1, 2, 2}, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: conflicting entries from index 3 (3, 2, 1, [3, 3], 2)")
    void example4() {
        check(3, 2, 1, new int[] {3, 3}, 2, true, 3, new int[] {0, 1, 1, 3, 3}, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: a delayed duplicate of entry 2 (2, 1, 1, [1], 2)")
    void example5() {
        check(2, 1, 1, new int[] {1}, 2, true, 2, new int[] {0, 1, 1, 2, 2}, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 6: leaderCommit beyond the request's last entry (2, 2, 1, [2], 4)")
    void example6() {
        check(2, 2, 1, new int[] {2}, 4, true, 2, new int[] {0, 1, 1, 2, 2}, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Examples 7 and 8: heartbeat (3, 4, 3, [], 4) and stale (1, 4, 2, [], 4)")
    void examples7and8() {
        check(3, 4, 3, new int[0], 4, false, 3, new int[] {0, 1, 1, 2, 2}, 2);
        check(1, 4, 2, new int[0], 4, false, 2, new int[] {0, 1, 1, 2, 2}, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 9: a delayed request covering only index 1 (2, 0, 0, [1], 3)")
    void example9() {
        check(2, 0, 0, new int[] {1}, 3, true, 2, new int[] {0, 1, 1, 2, 2}, 2);
    }
}
