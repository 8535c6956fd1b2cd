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

/** Hidden tests. Display names describe the script, never the answer. */
@DisplayName("Consumer commits: hidden tests")
class ConsumerCommitsHiddenTest {

    private static final long SEED = 20261205L;

    /**
     * Oracle, written apart from any array-of-counts solution: the batch is a queue of
     * offsets, counts live in a map, and the commit and restart rules are applied as the
     * statement's table says them.
     */
    private static long[][] oracle(long logStart, long logEnd, long committed, String[] actions) {
        Map<Long, Integer> times = new HashMap<>();
        for (long o = logStart; o < committed; o++) {
            times.put(o, 1);
        }
        ArrayDeque<Long> batch = new ArrayDeque<>();
        long position = committed;
        for (String action : actions) {
            if (action.startsWith("poll ")) {
                batch.clear();
                long n = Long.parseLong(action.substring(5));
                while (n-- > 0 && position < logEnd) {
                    batch.add(position++);
                }
            } else if (action.equals("process")) {
                times.merge(batch.poll(), 1, Integer::sum);
            } else if (action.equals("commit")) {
                committed = position;
            } else if (action.startsWith("commit ")) {
                committed = Long.parseLong(action.substring(7));
            } else if (action.equals("crash")) {
                batch.clear();
                position = committed;
            } else {
                throw new IllegalStateException("test bug: " + action);
            }
        }
        List<Long> dup = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (long o = logStart; o < logEnd; o++) {
            int t = times.getOrDefault(o, 0);
            if (t >= 2) {
                dup.add(o);
            }
            if (t == 0 && o < committed) {
                lost.add(o);
            }
        }
        return new long[][] {toArray(dup), toArray(lost), {committed}};
    }

    private static long[] toArray(List<Long> list) {
        long[] a = new long[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /**
     * The actions, short enough for the 500-character message limit: repeats as one group
     * ("process x10"), at most 12 groups, then the count of all actions.
     */
    private static String show(String[] actions) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < actions.length; ) {
            int j = i;
            while (j < actions.length && actions[j].equals(actions[i])) {
                j++;
            }
            if (groups.size() == 12) {
                return String.join(", ", groups) + ", ... <" + actions.length + " actions>";
            }
            groups.add(j - i > 1 ? actions[i] + " x" + (j - i) : actions[i]);
            i = j;
        }
        return String.join(", ", groups);
    }

    private static String show(long[] offsets) {
        return offsets.length <= 12 ? Arrays.toString(offsets) : "<" + offsets.length
                + " offsets, from " + offsets[0] + " to " + offsets[offsets.length - 1] + ">";
    }

    /** Runs the submission and compares all three fields with the oracle. */
    private static void check(String prefix, long logStart, long logEnd, long committed,
                              String... actions) {
        String call = prefix + "replay(logStart " + logStart + ", logEnd " + logEnd
                + ", committed " + committed + ", [" + show(actions) + "])";
        long[][] exp = oracle(logStart, logEnd, committed, actions);
        String[] before = actions.clone();
        ConsumerCommits.Report r;
        try {
            r = ConsumerCommits.replay(logStart, logEnd, committed, actions);
        } catch (RuntimeException | StackOverflowError e) {
            fail(call + " threw " + e, e);
            return;
        }
        if (r == null) {
            fail(call + " returned null");
        }
        assertArrayEquals(before, actions, () -> call + ": actions must not be modified");
        if (!Arrays.equals(exp[0], r.duplicated())) {
            fail(call + ": duplicated, expected " + show(exp[0]) + " but was "
                    + (r.duplicated() == null ? "null" : show(r.duplicated())));
        }
        if (!Arrays.equals(exp[1], r.lost())) {
            fail(call + ": lost, expected " + show(exp[1]) + " but was "
                    + (r.lost() == null ? "null" : show(r.lost())));
        }
        assertEquals(exp[2][0], r.committed(), () -> call + ": committed");
    }

    private static String[] repeat(String action, int times) {
        String[] a = new String[times];
        Arrays.fill(a, action);
        return a;
    }

    private static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] part : parts) {
            all.addAll(Arrays.asList(part));
        }
        return all.toArray(new String[0]);
    }

    @Test
    @Points(1)
    @DisplayName("An empty script, with and without records below the starting commit")
    void emptyScript() {
        check("", 0, 6, 3);
        check("", 0, 6, 0);
        check("", 5, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("A poll at the end of the log, then a commit and a crash")
    void pollAtEndOfLog() {
        check("", 0, 4, 4, "poll 3", "commit", "crash", "poll 2");
        check("", 7, 7, 7, "poll 1", "commit", "crash");
    }

    @Test
    @Points(1)
    @DisplayName("A poll asking for more records than remain")
    void pollPastTheEnd() {
        check("", 0, 5, 2, "poll 100", "process", "process", "process", "commit");
        check("", 0, 5, 2, "poll 100", "process", "commit 3", "crash", "poll 1000000", "process",
                "process");
    }

    @Test
    @Points(1)
    @DisplayName("A commit before any poll, and a commit right after a crash")
    void commitWithoutPoll() {
        check("", 0, 6, 2, "commit");
        check("", 0, 6, 2, "poll 2", "process", "crash", "commit", "poll 1", "process");
    }

    @Test
    @Points(2)
    @DisplayName("Offsets near 10^12 after retention removed the older records")
    void largeOffsets() {
        long start = 999_999_999_990L;
        check("", start, start + 8, start + 2, "poll 3", "commit", "process", "crash", "poll 4",
                "process", "process", "process", "commit");
        check("", start, start + 8, start, "poll 5", "process", "process", "commit "
                + (start + 2), "crash", "poll 5", "process", "process", "process", "commit");
    }

    @Test
    @Points(2)
    @DisplayName("An explicit commit beyond the position, then a crash")
    void commitAheadOfPosition() {
        check("", 0, 10, 0, "poll 2", "process", "process", "commit 7", "crash", "poll 5",
                "process", "process", "process");
        check("", 0, 10, 0, "commit 10", "crash", "poll 3");
    }

    @Test
    @Points(2)
    @DisplayName("Crashes back to back and a crash before the first action")
    void repeatedCrashes() {
        check("", 0, 6, 1, "crash", "crash", "poll 2", "process", "process", "crash", "crash",
                "poll 2", "process", "process", "commit");
        check("", 0, 6, 0, "poll 3", "process", "crash", "poll 3", "process", "crash", "poll 3",
                "process", "process", "process", "commit");
    }

    @Test
    @Points(2)
    @DisplayName("Rewinding the commit to the start of the log and reading everything again")
    void rewindToLogStart() {
        check("", 10, 16, 14, "commit 10", "crash", "poll 10", "process", "process", "process",
                "process", "process", "process", "commit");
        check("", 10, 16, 16, "commit 12", "crash", "poll 2", "process", "process", "commit");
    }

    @Test
    @Points(2)
    @DisplayName("A commit of offset + 1 after every record, with a crash in the middle of a batch")
    void commitAfterEveryRecord() {
        check("", 0, 8, 0, "poll 4", "process", "commit 1", "process", "commit 2", "process",
                "crash", "poll 4", "process", "commit 3", "process", "commit 4", "process",
                "commit 5");
    }

    @Test
    @Points(2)
    @DisplayName("A commit-first loop with a crash after each commit")
    void commitFirstLoop() {
        check("", 0, 9, 0, "poll 3", "commit", "process", "crash", "poll 3", "commit", "process",
                "process", "crash", "poll 3", "commit", "crash");
    }

    @Test
    @Points(2)
    @DisplayName("Polls of one record, each processed, with a crash after the first two")
    void processedThreeTimes() {
        check("", 0, 3, 0, "poll 1", "process", "crash", "poll 1", "process", "crash", "poll 1",
                "process", "commit");
    }

    @Test
    @Points(1)
    @DisplayName("Polling twice before processing anything, then committing")
    void twoPollsNoProcessing() {
        check("", 0, 8, 0, "poll 2", "poll 2", "process", "process", "commit", "crash", "poll 4",
                "process");
    }

    @Test
    @Points(2)
    @DisplayName("100,000 records in batches of 500, crashing before every tenth commit")
    void largeLog() {
        List<String> actions = new ArrayList<>();
        for (int batch = 0; batch < 200; batch++) {
            actions.add("poll 500");
            actions.addAll(Arrays.asList(repeat("process", 500)));
            if (batch % 10 == 9) {
                actions.add("crash");
                actions.add("poll 500");
                actions.addAll(Arrays.asList(repeat("process", 500)));
            }
            actions.add("commit");
        }
        check("", 1_000_000L, 1_100_000L, 1_000_000L, actions.toArray(new String[0]));
        check("", 0, 100_000, 0, concat(new String[] {"poll 100000", "commit"},
                repeat("process", 50_000), new String[] {"crash"}));
    }

    @Test
    @Points(3)
    @DisplayName("500 random scripts compared with an independent replay")
    void randomScripts() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            long logStart = random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1_000_003L;
            int size = random.nextInt(13);
            long logEnd = logStart + size;
            long committed = logStart + random.nextInt(size + 1);
            List<String> actions = new ArrayList<>();
            int remaining = 0; // unprocessed records in the current batch, as the oracle sees it
            long position = committed;
            long commit = committed;
            for (int step = random.nextInt(25); step > 0; step--) {
                int kind = random.nextInt(10);
                if (kind < 3) {
                    int n = 1 + random.nextInt(5);
                    actions.add("poll " + n);
                    remaining = (int) Math.min(n, logEnd - position);
                    position += remaining;
                } else if (kind < 6 && remaining > 0) {
                    actions.add("process");
                    remaining--;
                } else if (kind < 8) {
                    if (random.nextBoolean()) {
                        actions.add("commit");
                        commit = position;
                    } else {
                        commit = logStart + random.nextInt(size + 1);
                        actions.add("commit " + commit);
                    }
                } else {
                    actions.add("crash");
                    remaining = 0;
                    position = commit;
                }
            }
            check("seed " + SEED + ", case " + t + ": ", logStart, logEnd, committed,
                    actions.toArray(new String[0]));
        }
    }

    @Test
    @Points(3)
    @DisplayName("300 random poll loops, each with its own commit order and crash points")
    void randomLoops() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 300; t++) {
            int size = 1 + random.nextInt(20);
            long committed = random.nextInt(size);
            boolean commitFirst = random.nextBoolean();
            List<String> actions = new ArrayList<>();
            long position = committed;
            long commit = committed;
            for (int round = 0; round < 6; round++) {
                int n = 1 + random.nextInt(4);
                actions.add("poll " + n);
                int got = (int) Math.min(n, size - position);
                position += got;
                if (commitFirst) {
                    actions.add("commit");
                    commit = position;
                }
                int done = random.nextInt(4) == 0 ? random.nextInt(got + 1) : got;
                for (int i = 0; i < done; i++) {
                    actions.add("process");
                }
                if (done < got || random.nextInt(5) == 0) {
                    actions.add("crash");
                    position = commit;
                } else if (!commitFirst) {
                    actions.add("commit");
                    commit = position;
                }
            }
            check("seed " + (SEED + 1) + ", case " + t + " (" + (commitFirst ? "commit first"
                    : "process first") + "): ", 0, size, committed, actions.toArray(new String[0]));
        }
    }
}
