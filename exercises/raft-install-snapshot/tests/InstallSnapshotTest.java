import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/**
 * Visible tests: the examples from the statement. Every example starts from the follower
 * with currentTerm 3, snapshot (2, 1, "s2"), log [1, 2, 3, 3, 3], commitIndex 4,
 * lastApplied 4, machine "m4".
 */
@DisplayName("InstallSnapshot receiver: examples from the statement")
class InstallSnapshotTest {

    private static InstallSnapshot.Follower start() {
        return new InstallSnapshot.Follower(3, 2, 1, "s2", new int[] {1, 2, 3, 3, 3}, 4, 4, "m4");
    }

    private static void check(int term, int index, int lastTerm, String data, int expTerm,
                              int expSnapIndex, int expSnapTerm, String expSnapData, int[] expLog,
                              int expCommit, int expApplied, String expMachine) {
        String call = "follower (currentTerm 3, snapshot (2, 1, \"s2\"), log [1, 2, 3, 3, 3],"
                + " commitIndex 4, lastApplied 4, machine \"m4\"); onInstallSnapshot(term " + term
                + ", lastIncludedIndex " + index + ", lastIncludedTerm " + lastTerm + ", \"" + data
                + "\")";
        InstallSnapshot.Follower f = start();
        InstallSnapshot.Follower r = InstallSnapshot.onInstallSnapshot(f, term, index, lastTerm, data);
        assertNotNull(r, () -> call + " returned null");
        assertEquals(expTerm, r.currentTerm(), () -> call + ": currentTerm (the reply term)");
        assertEquals(expSnapIndex, r.snapshotIndex(), () -> call + ": snapshotIndex");
        assertEquals(expSnapTerm, r.snapshotTerm(), () -> call + ": snapshotTerm");
        assertEquals(expSnapData, r.snapshotData(), () -> call + ": snapshotData");
        assertEquals(Arrays.toString(expLog), Arrays.toString(r.log()), () -> call + ": log");
        assertEquals(expCommit, r.commitIndex(), () -> call + ": commitIndex");
        assertEquals(expApplied, r.lastApplied(), () -> call + ": lastApplied");
        assertEquals(expMachine, r.machine(), () -> call + ": machine");
        assertArrayEquals(new int[] {1, 2, 3, 3, 3}, f.log(), () -> call + ": f.log() was modified");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: snapshot at 5, term 3")
    void example1() {
        check(3, 5, 3, "s5", 3, 5, 3, "s5", new int[] {3, 3}, 5, 5, "s5");
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: snapshot at 6, term 4, from a term-4 leader")
    void example2() {
        check(4, 6, 4, "s6", 4, 6, 4, "s6", new int[0], 6, 6, "s6");
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: snapshot at 9, past the end of the log")
    void example3() {
        check(4, 9, 4, "s9", 4, 9, 4, "s9", new int[0], 9, 9, "s9");
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: snapshot at 4, term 2, with lastApplied 4")
    void example4() {
        check(3, 4, 2, "s4", 3, 4, 2, "s4", new int[] {3, 3, 3}, 4, 4, "m4");
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: snapshot at 3, the first position of the log")
    void example5() {
        check(3, 3, 1, "s3", 3, 3, 1, "s3", new int[] {2, 3, 3, 3}, 4, 4, "m4");
    }

    @Test
    @Points(1)
    @DisplayName("Examples 6 and 7: snapshots at 2 and 1, in terms 3 and 5")
    void examples6and7() {
        check(3, 2, 1, "other", 3, 2, 1, "s2", new int[] {1, 2, 3, 3, 3}, 4, 4, "m4");
        check(5, 1, 1, "s1", 5, 2, 1, "s2", new int[] {1, 2, 3, 3, 3}, 4, 4, "m4");
    }

    @Test
    @Points(1)
    @DisplayName("Example 8: a request in term 2")
    void example8() {
        check(2, 9, 2, "s9", 3, 2, 1, "s2", new int[] {1, 2, 3, 3, 3}, 4, 4, "m4");
    }
}
