import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. Node 3 starts on an empty disk. */
@DisplayName("Persistence before replying: examples from the statement")
class RaftNodeTest {

    /** The disk: survives the node, keeps its own copies, like a file after fsync. */
    static final class Disk implements RaftNode.Storage {
        int term;
        int vote;
        int[] log = new int[0];

        @Override public void saveTermAndVote(int currentTerm, int votedFor) {
            term = currentTerm;
            vote = votedFor;
        }

        @Override public void saveLog(int[] logTerms) {
            log = logTerms.clone();
        }

        @Override public int loadTerm() {
            return term;
        }

        @Override public int loadVote() {
            return vote;
        }

        @Override public int[] loadLog() {
            return log.clone();
        }

        String show() {
            return "disk (term " + term + ", vote " + vote + ", log " + Arrays.toString(log) + ")";
        }
    }

    private final Disk disk = new Disk();
    private RaftNode node = new RaftNode(3, disk);
    private final StringBuilder history = new StringBuilder("node 3 on an empty disk");

    private void crash() {
        history.append("; crash and restart");
        node = new RaftNode(3, disk);
    }

    /** After every call: what the node says, and what is on disk, match the statement. */
    private void expectState(int term, int vote, int... log) {
        String h = history.toString();
        assertEquals(term, node.currentTerm(), () -> h + ": currentTerm()");
        assertEquals(vote, node.votedFor(), () -> h + ": votedFor()");
        assertEquals(Arrays.toString(log), Arrays.toString(node.log()), () -> h + ": log()");
        assertEquals(term, disk.term, () -> h + ": the term on disk when the call returned, "
                + disk.show());
        assertEquals(vote, disk.vote, () -> h + ": the vote on disk when the call returned, "
                + disk.show());
        assertEquals(Arrays.toString(log), Arrays.toString(disk.log),
                () -> h + ": the log on disk when the call returned, " + disk.show());
    }

    private void vote(int term, int candidate, int lastIndex, int lastTerm, int expTerm,
                      boolean expGranted) {
        history.append("; onRequestVote(").append(term).append(", ").append(candidate)
                .append(", ").append(lastIndex).append(", ").append(lastTerm).append(")");
        RaftNode.VoteReply r = node.onRequestVote(term, candidate, lastIndex, lastTerm);
        String h = history.toString();
        assertEquals(new RaftNode.VoteReply(expTerm, expGranted), r, () -> h + ": reply");
    }

    private void append(int term, int prev, int prevTerm, int[] entries, int expTerm,
                        boolean expSuccess) {
        history.append("; onAppendEntries(").append(term).append(", ").append(prev).append(", ")
                .append(prevTerm).append(", ").append(Arrays.toString(entries)).append(")");
        RaftNode.AppendReply r = node.onAppendEntries(term, prev, prevTerm, entries);
        String h = history.toString();
        assertEquals(new RaftNode.AppendReply(expTerm, expSuccess), r, () -> h + ": reply");
    }

    @Test
    @Points(2)
    @DisplayName("Example A: a vote in term 5, a crash, then a second candidate in term 5")
    void exampleA() {
        vote(5, 1, 0, 0, 5, true);
        expectState(5, 1);
        crash();
        expectState(5, 1);
        vote(5, 2, 0, 0, 5, false);
        expectState(5, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Example B: an election, a crash, then another candidate in the same term")
    void exampleB() {
        history.append("; startElection()");
        assertEquals(1, node.startElection(), () -> history + ": the election's term");
        expectState(1, 3);
        crash();
        expectState(1, 3);
        vote(1, 2, 0, 0, 1, false);
        expectState(1, 3);
    }

    @Test
    @Points(2)
    @DisplayName("Example C: entries, a conflict and a newer term, each followed by a crash")
    void exampleC() {
        append(2, 0, 0, new int[] {1, 1, 2, 2, 2}, 2, true);
        expectState(2, 0, 1, 1, 2, 2, 2);
        crash();
        expectState(2, 0, 1, 1, 2, 2, 2);
        append(3, 2, 1, new int[] {3}, 3, true);
        expectState(3, 0, 1, 1, 3);
        crash();
        expectState(3, 0, 1, 1, 3);
        vote(4, 5, 3, 2, 4, false);
        expectState(4, 0, 1, 1, 3);
        crash();
        expectState(4, 0, 1, 1, 3);
        append(3, 3, 3, new int[] {3}, 4, false);
        expectState(4, 0, 1, 1, 3);
    }
}
