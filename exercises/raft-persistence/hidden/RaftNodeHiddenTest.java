import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the calls and crashes, never the answer. */
@DisplayName("Persistence before replying: hidden tests")
class RaftNodeHiddenTest {

    private static final long SEED = 20261207L;

    /**
     * Oracle: Figure 2's follower and candidate, written apart from the starter (a list for
     * the log, no merge helper). It never crashes: a node that persists correctly must
     * behave exactly like it, crashes or not.
     */
    static final class Model {
        final int id;
        int term;
        int vote;
        final List<Integer> log = new ArrayList<>();

        Model(int id) {
            this.id = id;
        }

        int lastTerm() {
            return log.isEmpty() ? 0 : log.get(log.size() - 1);
        }

        int elect() {
            term++;
            vote = id;
            return term;
        }

        boolean requestVote(int t, int candidate, int lastIndex, int lastTerm) {
            if (t < term) {
                return false;
            }
            if (t > term) {
                term = t;
                vote = 0;
            }
            boolean logOk = lastTerm > lastTerm() || (lastTerm == lastTerm() && lastIndex >= log.size());
            if ((vote == 0 || vote == candidate) && logOk) {
                vote = candidate;
                return true;
            }
            return false;
        }

        boolean appendEntries(int t, int prev, int prevTerm, int[] entries) {
            if (t < term) {
                return false;
            }
            if (t > term) {
                term = t;
                vote = 0;
            }
            if (prev > log.size() || (prev > 0 && log.get(prev - 1) != prevTerm)) {
                return false;
            }
            for (int k = 0; k < entries.length; k++) {
                int i = prev + k; // list position of entry prev + 1 + k
                if (i < log.size() && log.get(i) != entries[k]) {
                    log.subList(i, log.size()).clear();
                }
                if (i >= log.size()) {
                    log.add(entries[k]);
                }
            }
            return true;
        }

        int[] logArray() {
            int[] a = new int[log.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = log.get(i);
            }
            return a;
        }
    }

    /** One node under test, its disk, its oracle, and the calls so far (for messages). */
    static final class Run {
        final String prefix;
        final int id;
        // The visible tests' disk: it survives the node and keeps its own copies.
        final RaftNodeTest.Disk disk = new RaftNodeTest.Disk();
        final Model model;
        RaftNode node;
        /**
         * Characters of calls a message shows: the harness cuts messages at 500, and the context
         * comes before what went wrong, which must stay readable.
         */
        static final int TRACE_BUDGET = 180;

        final ArrayDeque<String> recent = new ArrayDeque<>();
        int calls;
        /** Who this node granted a vote to in each term, over all its incarnations. */
        final Map<Integer, Integer> grantedIn = new HashMap<>();

        Run(String prefix, int id) {
            this.prefix = prefix;
            this.id = id;
            this.model = new Model(id);
            this.node = start();
        }

        private RaftNode start() {
            try {
                return new RaftNode(id, disk);
            } catch (RuntimeException | StackOverflowError e) {
                return fail(context() + ": new RaftNode(" + id + ", disk) threw " + e, e);
            }
        }

        private void note(String call) {
            calls++;
            recent.addLast(call);
            if (recent.size() > 12) {
                recent.removeFirst();
            }
        }

        /** The most recent calls that fit in {@link #TRACE_BUDGET} characters, newest last. */
        String context() {
            ArrayDeque<String> shown = new ArrayDeque<>();
            int length = 0;
            for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
                String call = it.next();
                if (!shown.isEmpty() && length + call.length() + 2 > TRACE_BUDGET) {
                    break;
                }
                shown.addFirst(call.length() > TRACE_BUDGET ? call.substring(0, TRACE_BUDGET) + "...)" : call);
                length += call.length() + 2;
            }
            return prefix + "node " + id + ", " + (calls > shown.size() ? "..., " : "")
                    + String.join("; ", shown);
        }

        private static String show(int[] log) {
            return log.length <= 12 ? Arrays.toString(log) : "<" + log.length + " entries, the last "
                    + Arrays.toString(Arrays.copyOfRange(log, log.length - 4, log.length)) + ">";
        }

        /** The node's answers and the disk must both match the oracle when a call returns. */
        void checkState(String when) {
            String c = context() + when;
            assertEquals(model.term, node.currentTerm(), () -> c + ": currentTerm()");
            assertEquals(model.vote, node.votedFor(), () -> c + ": votedFor()");
            int[] exp = model.logArray();
            int[] got = node.log();
            if (!Arrays.equals(exp, got)) {
                fail(c + ": log() expected " + show(exp) + " but was " + show(got));
            }
            assertEquals(model.term, disk.term, () -> c + ": term on disk (must be saved before"
                    + " the method returns)");
            assertEquals(model.vote, disk.vote, () -> c + ": vote on disk (must be saved before"
                    + " the method returns)");
            if (!Arrays.equals(exp, disk.log)) {
                fail(c + ": log on disk (must be saved before the method returns) expected "
                        + show(exp) + " but was " + show(disk.log));
            }
        }

        void crash() {
            note("crash and restart");
            node = start();
            checkState(" (after the restart)");
        }

        int elect() {
            note("startElection()");
            int exp = model.elect();
            int got;
            try {
                got = node.startElection();
            } catch (RuntimeException | StackOverflowError e) {
                return fail(context() + " threw " + e, e);
            }
            assertEquals(exp, got, () -> context() + ": the election's term");
            recordVote(exp, id);
            checkState("");
            return got;
        }

        boolean vote(int term, int candidate, int lastIndex, int lastTerm) {
            note("onRequestVote(" + term + ", " + candidate + ", " + lastIndex + ", " + lastTerm
                    + ")");
            boolean exp = model.requestVote(term, candidate, lastIndex, lastTerm);
            RaftNode.VoteReply r;
            try {
                r = node.onRequestVote(term, candidate, lastIndex, lastTerm);
            } catch (RuntimeException | StackOverflowError e) {
                return fail(context() + " threw " + e, e);
            }
            if (r == null) {
                fail(context() + " returned null");
            }
            if (r.granted()) {
                recordVote(term, candidate);
            }
            assertEquals(new RaftNode.VoteReply(model.term, exp), r, () -> context() + ": reply");
            checkState("");
            return exp;
        }

        boolean append(int term, int prev, int prevTerm, int... entries) {
            note("onAppendEntries(" + term + ", " + prev + ", " + prevTerm + ", " + show(entries)
                    + ")");
            int[] before = entries.clone();
            boolean exp = model.appendEntries(term, prev, prevTerm, entries);
            RaftNode.AppendReply r;
            try {
                r = node.onAppendEntries(term, prev, prevTerm, entries);
            } catch (RuntimeException | StackOverflowError e) {
                return fail(context() + " threw " + e, e);
            }
            assertArrayEquals(before, entries, () -> context() + ": entryTerms must not be modified");
            assertEquals(new RaftNode.AppendReply(model.term, exp), r, () -> context() + ": reply");
            checkState("");
            return exp;
        }

        private void recordVote(int term, int candidate) {
            Integer earlier = grantedIn.putIfAbsent(term, candidate);
            if (earlier != null && earlier != candidate) {
                fail(context() + ": voted for " + earlier + " and for " + candidate + " in term "
                        + term + " (two leaders are possible)");
            }
        }
    }

    private static int[] repeat(int term, int count) {
        int[] a = new int[count];
        Arrays.fill(a, term);
        return a;
    }

    @Test
    @Points(2)
    @DisplayName("A vote is still on disk after a crash, so a rival candidate with a longer log is answered as before")
    void voteThenCrashThenRival() {
        Run r = new Run("", 3);
        r.append(4, 0, 0, 1, 2, 4);
        r.vote(5, 1, 3, 4);
        r.crash();
        r.vote(5, 2, 9, 4);
        r.vote(5, 1, 3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("In the lesson's five servers, stored entry 7 survives a crash and a candidate whose log ends at 6 is refused")
    void lessonLostEntry() {
        Run r = new Run("", 3);
        r.append(2, 0, 0, repeat(2, 6));
        r.append(2, 6, 2, 2);
        r.crash();
        r.vote(3, 4, 6, 2);
        r.crash();
        r.vote(3, 5, 7, 2);
    }

    @Test
    @Points(2)
    @DisplayName("Two elections with a crash between them leave the second term and its vote on disk")
    void electionsAcrossCrashes() {
        Run r = new Run("", 2);
        r.elect();
        r.crash();
        r.elect();
        r.crash();
        r.vote(2, 1, 0, 0);
        r.vote(3, 1, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("A newer term learned from a heartbeat survives a crash and a request from the older term is refused")
    void heartbeatNewerTerm() {
        Run r = new Run("", 1);
        r.append(3, 0, 0, 1, 3);
        r.append(7, 2, 3);
        r.crash();
        r.append(6, 2, 3, 6);
        r.vote(6, 2, 5, 6);
    }

    @Test
    @Points(2)
    @DisplayName("A newer term seen in a refused vote is saved, so after a crash a second candidate is answered as before")
    void refusedVoteInNewerTerm() {
        Run r = new Run("", 4);
        r.append(2, 0, 0, 1, 2);
        r.vote(4, 1, 2, 2);
        r.vote(5, 2, 1, 1);
        r.crash();
        r.vote(5, 3, 2, 2);
    }

    @Test
    @Points(1)
    @DisplayName("The same candidate asking again after a restart gets the same answer")
    void sameCandidateAgain() {
        Run r = new Run("", 5);
        r.vote(2, 4, 0, 0);
        r.crash();
        r.vote(2, 4, 0, 0);
        r.crash();
        r.vote(2, 1, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("A conflict that shortens the log is saved before a crash")
    void conflictShortensLog() {
        Run r = new Run("", 2);
        r.append(2, 0, 0, 1, 1, 2, 2, 2, 2, 2);
        r.crash();
        r.append(3, 1, 1, 3);
        r.crash();
        r.append(3, 2, 3, 3, 3);
        r.crash();
    }

    @Test
    @Points(1)
    @DisplayName("A delayed duplicate of earlier entries leaves the saved log unchanged through a crash")
    void duplicateThenCrash() {
        Run r = new Run("", 2);
        r.append(2, 0, 0, 1, 1, 2, 2);
        r.append(2, 1, 1, 1, 2);
        r.crash();
        r.append(2, 0, 0, 1);
        r.crash();
    }

    @Test
    @Points(2)
    @DisplayName("A newer term from requests that fail the consistency check is saved before a crash")
    void newerTermFailedCheck() {
        Run r = new Run("", 2);
        r.append(1, 0, 0, 1, 1);
        r.append(4, 5, 4, 4);
        r.crash();
        r.append(4, 2, 3, 4);
        r.crash();
        r.append(3, 2, 1, 3);
    }

    @Test
    @Points(2)
    @DisplayName("Two nodes with separate disks each keep their own state through interleaved calls and crashes")
    void twoNodes() {
        Run a = new Run("node A: ", 1);
        Run b = new Run("node B: ", 2);
        a.elect();
        b.vote(1, 1, 0, 0);
        b.crash();
        a.append(1, 0, 0, 1, 1);
        a.crash();
        b.append(1, 0, 0, 1);
        b.crash();
        a.vote(2, 2, 1, 1);
        a.crash();
        b.elect();
        b.crash();
    }

    @Test
    @Points(1)
    @DisplayName("Restarts of a node that never ran, or with no call in between, keep the state on disk unchanged")
    void restartsWithoutCalls() {
        Run r = new Run("", 7);
        r.crash();
        r.crash();
        r.vote(1, 2, 0, 0);
        r.crash();
        r.crash();
    }

    @Test
    @Points(2)
    @DisplayName("10,000 entries in one request survive a crash and a heartbeat at index 10,000 matches them")
    void largeLog() {
        Run r = new Run("", 3);
        int[] entries = new int[10_000];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = 1 + i / 1000;
        }
        r.append(10, 0, 0, entries);
        r.crash();
        r.append(10, 10_000, 10);
        r.append(11, 5_000, 5, repeat(11, 3));
        r.crash();
    }

    @Test
    @Points(3)
    @DisplayName("In 300 random runs of 30 calls with a crash after every call, the disk always matches the oracle")
    void crashAfterEveryCall() {
        randomRuns(SEED, 300, 30, 1);
    }

    @Test
    @Points(3)
    @DisplayName("In 300 random runs of 40 calls with crashes at random points, the disk always matches the oracle")
    void crashesAtRandomPoints() {
        randomRuns(SEED + 1, 300, 40, 4);
    }

    /**
     * Random calls against one node: elections, votes from candidates with random logs, and
     * AppendEntries from leaders whose logs follow Log Matching (a leader of term t sends a
     * prefix of its log, a fresh random log built at each term change). `crashEvery` 1
     * crashes after every call; larger values crash with probability 1 / crashEvery.
     */
    private static void randomRuns(long seed, int runs, int length, int crashEvery) {
        Random random = new Random(seed);
        for (int t = 0; t < runs; t++) {
            Run r = new Run("seed " + seed + ", run " + t + ": ", 1 + random.nextInt(5));
            int leaderTerm = 1;
            int[] leaderLog = new int[0];
            for (int step = 0; step < length; step++) {
                int kind = random.nextInt(10);
                int term = Math.max(1, r.model.term + random.nextInt(3) - 1);
                if (kind < 2) {
                    r.elect();
                } else if (kind < 5) {
                    int candidate = 1 + random.nextInt(5);
                    int lastTerm = random.nextInt(term + 1);
                    r.vote(term, candidate, lastTerm == 0 ? 0 : 1 + random.nextInt(8), lastTerm);
                } else {
                    if (term != leaderTerm) {
                        // A new leader: its log shares a prefix with the old leader's log.
                        int keep = random.nextInt(leaderLog.length + 1);
                        int[] fresh = Arrays.copyOf(leaderLog, keep + random.nextInt(5));
                        for (int i = keep; i < fresh.length; i++) {
                            fresh[i] = term;
                        }
                        if (term > leaderTerm) {
                            leaderLog = fresh;
                            leaderTerm = term;
                        }
                    }
                    int prev = random.nextInt(leaderLog.length + 1);
                    int count = random.nextInt(leaderLog.length - prev + 1);
                    r.append(leaderTerm, prev, prev == 0 ? 0 : leaderLog[prev - 1],
                            Arrays.copyOfRange(leaderLog, prev, prev + count));
                }
                if (random.nextInt(crashEvery) == 0) {
                    r.crash();
                }
            }
        }
    }
}
