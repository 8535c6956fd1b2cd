import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Leader commit rule: examples from the statement")
class CommitRuleTest {

    /** log includes the sentinel at index 0; leaderLastIndex is log.length - 1. */
    private static void check(int expected, int[] matchIndex, int[] log, int currentTerm,
                              int commitIndex) {
        int last = log.length - 1;
        String call = "advanceCommitIndex(matchIndex " + Arrays.toString(matchIndex)
                + ", leaderLogTerms " + Arrays.toString(log) + ", leaderLastIndex " + last
                + ", currentTerm " + currentTerm + ", commitIndex " + commitIndex + ")";
        int actual = CommitRule.advanceCommitIndex(matchIndex, log, last, currentTerm, commitIndex);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: Figure 8 (c), matchIndex {3, 2, 2, 1, 1}")
    void example1() {
        check(1, new int[] {3, 2, 2, 1, 1}, new int[] {0, 1, 2, 4}, 4, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: Figure 8 (e), matchIndex {3, 3, 3, 1, 1}")
    void example2() {
        check(3, new int[] {3, 3, 3, 1, 1}, new int[] {0, 1, 2, 4}, 4, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: four servers, matchIndex {5, 5, 3, 2}")
    void example3() {
        check(3, new int[] {5, 5, 3, 2}, new int[] {0, 1, 1, 2, 2, 2}, 2, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: a single server, matchIndex {4}")
    void example4() {
        check(4, new int[] {4}, new int[] {0, 1, 2, 3, 3}, 3, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: new leader's no-op at index 4, matchIndex {4, 4, 2}")
    void example5() {
        check(4, new int[] {4, 4, 2}, new int[] {0, 1, 1, 3, 5}, 5, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 6: right after an election, matchIndex {7, 0, 0}, commitIndex 4")
    void example6() {
        check(4, new int[] {7, 0, 0}, new int[] {0, 1, 1, 1, 2, 2, 2, 3}, 3, 4);
    }
}
