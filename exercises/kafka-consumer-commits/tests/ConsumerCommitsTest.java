import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Consumer commits: examples from the statement")
class ConsumerCommitsTest {

    /** Expands "process x3" into three "process" actions. */
    private static String[] script(String... steps) {
        List<String> actions = new ArrayList<>();
        for (String step : steps) {
            int x = step.indexOf(" x");
            if (x < 0) {
                actions.add(step);
            } else {
                for (int i = 0; i < Integer.parseInt(step.substring(x + 2)); i++) {
                    actions.add(step.substring(0, x));
                }
            }
        }
        return actions.toArray(new String[0]);
    }

    private static void check(long logStart, long logEnd, long committed, String[] actions,
                              long[] duplicated, long[] lost, long finalCommit) {
        String call = "replay(logStart " + logStart + ", logEnd " + logEnd + ", committed "
                + committed + ", " + String.join(", ", actions) + ")";
        ConsumerCommits.Report r = ConsumerCommits.replay(logStart, logEnd, committed, actions);
        assertNotNull(r, () -> call + " returned null");
        // Compared as text so that a failure shows both lists.
        assertEquals(Arrays.toString(duplicated), Arrays.toString(r.duplicated()),
                () -> call + ": duplicated");
        assertEquals(Arrays.toString(lost), Arrays.toString(r.lost()), () -> call + ": lost");
        assertEquals(finalCommit, r.committed(), () -> call + ": committed");
    }

    private static long[] offsets(long... offsets) {
        return offsets;
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: process, then crash before the commit")
    void example1() {
        check(0, 6, 0, script("poll 3", "process x3", "crash", "poll 3", "process x3", "commit"),
                offsets(0, 1, 2), offsets(), 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: commit, then process, then crash")
    void example2() {
        check(0, 6, 0, script("poll 3", "commit", "process", "crash", "poll 3", "process x3",
                "commit"), offsets(), offsets(1, 2), 6);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: process, commit, crash")
    void example3() {
        check(0, 6, 0, script("poll 2", "process x2", "commit", "crash", "poll 2", "process x2",
                "commit"), offsets(), offsets(), 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: an explicit commit of the last processed offset, then a crash")
    void example4() {
        check(0, 6, 0, script("poll 3", "process x3", "commit 2", "crash", "poll 3", "process",
                "commit 3"), offsets(2), offsets(), 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: a second poll before the batch is finished")
    void example5() {
        check(0, 6, 0, script("poll 3", "process", "poll 3", "process x3", "commit"),
                offsets(), offsets(1, 2), 6);
    }

    @Test
    @Points(1)
    @DisplayName("Example 6: a crash with nothing committed")
    void example6() {
        check(0, 6, 0, script("poll 3", "process x2", "crash"), offsets(), offsets(), 0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 7: rewinding the commit below the starting offset 42")
    void example7() {
        check(40, 48, 42, script("commit 40", "crash", "poll 4", "process x4", "commit"),
                offsets(40, 41), offsets(), 44);
    }
}
