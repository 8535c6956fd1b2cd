import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Voter changes: hidden tests")
class VoterChangesHiddenTest {

    private static final long SEED = 20261205L;

    /** The end of a call trace: the grader keeps 500 characters of a message, and the expected
     *  and actual values come last, so only the most recent calls are shown. */
    private static String recent(CharSequence trace) {
        String s = trace.toString();
        return s.length() <= 240 ? s : "..." + s.substring(s.length() - 240);
    }

    /** Wraps a leader so that exceptions become readable failures and calls are traced. */
    private static final class Q {
        final VoterChanges q;
        final StringBuilder trace;

        Q(int leader, int[] voters, long leo) {
            trace = new StringBuilder("new VoterChanges(" + leader + ", " + Arrays.toString(voters) + ", " + leo + ")");
            try {
                q = new VoterChanges(leader, voters, leo);
            } catch (RuntimeException e) {
                throw new AssertionError(recent(trace) + " threw " + e, e);
            }
        }

        void append(int n) {
            call("append(" + n + ")", () -> {
                q.append(n);
                return null;
            });
        }

        void fetch(int id, long offset) {
            call("fetch(" + id + ", " + offset + ")", () -> {
                q.fetch(id, offset);
                return null;
            });
        }

        String add(int id) {
            return String.valueOf(call("addVoter(" + id + ")", () -> q.addVoter(id)));
        }

        String remove(int id) {
            return String.valueOf(call("removeVoter(" + id + ")", () -> q.removeVoter(id)));
        }

        void expectAdd(String want, int id) {
            String before = trace.toString();
            assertEquals(want, add(id), "addVoter(" + id + ") after: " + recent(before));
        }

        void expectRemove(String want, int id) {
            String before = trace.toString();
            assertEquals(want, remove(id), "removeVoter(" + id + ") after: " + recent(before));
        }

        private Object call(String what, java.util.function.Supplier<Object> action) {
            try {
                Object result = action.get();
                trace.append("; ").append(what);
                return result;
            } catch (RuntimeException | StackOverflowError e) {
                return fail(what + " threw " + e + " after: " + recent(trace), e);
            }
        }

        void expect(long leo, long hw, int[] voters, boolean leader) {
            assertEquals(leo, q.logEndOffset(), "logEndOffset() after: " + recent(trace));
            assertEquals(hw, q.highWatermark(), "highWatermark() after: " + recent(trace));
            assertArrayEquals(voters, q.voters(), "voters() after: " + recent(trace));
            assertEquals(leader, q.isLeader(), "isLeader() after: " + recent(trace));
        }
    }

    @Test
    @Points(2)
    @DisplayName("A single-voter quorum adds a voter, then appends before the new voter fetches")
    void singleVoterGrowsToTwo() {
        Q q = new Q(5, new int[] {5}, 0);
        q.append(3);
        q.expect(3, 3, new int[] {5}, true);
        q.fetch(6, 3);
        q.expectAdd("OK", 6);
        q.append(2);
        q.expect(6, 3, new int[] {5, 6}, true);
        q.fetch(6, 4);
        q.expect(6, 4, new int[] {5, 6}, true);
        q.fetch(6, 6);
        q.expect(6, 6, new int[] {5, 6}, true);
    }

    @Test
    @Points(2)
    @DisplayName("Add and remove requests while the previous VotersRecord is not yet committed")
    void oneChangeAtATime() {
        Q q = new Q(1, new int[] {1, 2, 3}, 50);
        q.fetch(2, 50);
        q.fetch(3, 50);
        q.fetch(7, 50);
        q.fetch(8, 50);
        q.expectAdd("OK", 7);
        q.expectAdd("PENDING_CHANGE", 8);
        q.expectRemove("PENDING_CHANGE", 2);
        q.expectAdd("PENDING_CHANGE", 7);
        q.fetch(2, 51);
        q.expectAdd("PENDING_CHANGE", 8);
        q.fetch(3, 51);
        q.expect(51, 51, new int[] {1, 2, 3, 7}, true);
        q.fetch(8, 51);
        q.expectAdd("OK", 8);
        q.expect(52, 51, new int[] {1, 2, 3, 7, 8}, true);
    }

    @Test
    @Points(1)
    @DisplayName("An observer that fetched at the log end, followed by appends on the leader")
    void caughtUpAtLastFetch() {
        Q q = new Q(1, new int[] {1, 2, 3}, 0);
        q.append(10);
        q.fetch(4, 10);
        q.append(500);
        q.expectAdd("OK", 4);
        q.expect(511, 0, new int[] {1, 2, 3, 4}, true);
    }

    @Test
    @Points(1)
    @DisplayName("An observer that fetched at the log end and later fetched from behind it")
    void laterFetchBehind() {
        Q q = new Q(1, new int[] {1, 2, 3}, 10);
        q.fetch(4, 10);
        q.append(5);
        q.fetch(4, 12);
        q.expectAdd("NOT_CAUGHT_UP", 4);
        q.fetch(4, 15);
        q.expectAdd("OK", 4);
    }

    @Test
    @Points(1)
    @DisplayName("Observers one record behind, and one that never fetched")
    void notCaughtUp() {
        Q q = new Q(1, new int[] {1, 2, 3}, 40);
        q.fetch(4, 39);
        q.expectAdd("NOT_CAUGHT_UP", 4);
        q.expectAdd("NOT_CAUGHT_UP", 5);
        q.expect(40, 40, new int[] {1, 2, 3}, true);
    }

    @Test
    @Points(1)
    @DisplayName("A request to add a voter that is already in the set, and one that is not caught up either")
    void duplicateCheckedBeforeCatchUp() {
        Q q = new Q(1, new int[] {1, 2, 3}, 40);
        q.expectAdd("DUPLICATE_VOTER", 1);
        q.expectAdd("DUPLICATE_VOTER", 3);
        q.fetch(2, 10);
        q.expectAdd("DUPLICATE_VOTER", 2);
    }

    @Test
    @Points(2)
    @DisplayName("The leader of {1, 2, 3} removes itself while voter 3 lags")
    void leaderRemovesItselfWithALaggard() {
        Q q = new Q(1, new int[] {1, 2, 3}, 100);
        q.fetch(2, 100);
        q.fetch(3, 90);
        q.expectRemove("OK", 1);
        q.expect(101, 100, new int[] {2, 3}, true);
        q.fetch(2, 101);
        q.expect(101, 100, new int[] {2, 3}, true);
        q.fetch(3, 100);
        q.expect(101, 100, new int[] {2, 3}, true);
        q.fetch(3, 101);
        q.expect(101, 101, new int[] {2, 3}, false);
    }

    @Test
    @Points(1)
    @DisplayName("Calls to a leader after it resigned")
    void afterResigning() {
        Q q = new Q(1, new int[] {1, 2}, 10);
        q.fetch(2, 10);
        q.expectRemove("OK", 1);
        q.fetch(2, 11);
        q.expect(11, 11, new int[] {2}, false);
        q.append(5);
        q.fetch(2, 11);
        q.fetch(3, 11);
        q.expectAdd("NOT_LEADER", 3);
        q.expectRemove("NOT_LEADER", 2);
        q.expectRemove("NOT_LEADER", 9);
        q.expect(11, 11, new int[] {2}, false);
    }

    @Test
    @Points(1)
    @DisplayName("Remove requests for the only voter and for replicas that are not voters")
    void removeEdgeCases() {
        Q q = new Q(4, new int[] {4}, 7);
        q.expectRemove("LAST_VOTER", 4);
        q.expectRemove("VOTER_NOT_FOUND", 5);
        q.fetch(5, 7);
        q.expectRemove("VOTER_NOT_FOUND", 5);
        q.expect(7, 7, new int[] {4}, true);
        q.expectAdd("OK", 5);
        q.fetch(5, 8);
        q.expectRemove("OK", 5);
        q.expect(9, 9, new int[] {4}, true);
    }

    @Test
    @Points(1)
    @DisplayName("Removing the only up-to-date follower of {1, 2, 3}")
    void highWatermarkNeverDecreases() {
        Q q = new Q(1, new int[] {1, 2, 3}, 0);
        q.append(30);
        q.fetch(2, 30);
        q.fetch(3, 5);
        q.expect(30, 30, new int[] {1, 2, 3}, true);
        q.expectRemove("OK", 2);
        q.expect(31, 30, new int[] {1, 3}, true);
        q.fetch(3, 30);
        q.expect(31, 30, new int[] {1, 3}, true);
        q.fetch(3, 31);
        q.expect(31, 31, new int[] {1, 3}, true);
    }

    @Test
    @Points(1)
    @DisplayName("A removed voter that fetches the record of its own removal")
    void removedVoterDoesNotCount() {
        Q q = new Q(1, new int[] {1, 2, 3}, 20);
        q.fetch(2, 20);
        q.fetch(3, 20);
        q.expectRemove("OK", 3);
        q.fetch(3, 21);
        q.expect(21, 20, new int[] {1, 2}, true);
        q.expectAdd("PENDING_CHANGE", 3);
        q.fetch(2, 21);
        q.expect(21, 21, new int[] {1, 2}, true);
        q.expectAdd("OK", 3);
        q.expect(22, 21, new int[] {1, 2, 3}, true);
    }

    @Test
    @Points(1)
    @DisplayName("Four voters with end offsets 60, 60, 55 and 40")
    void fourVoters() {
        Q q = new Q(2, new int[] {4, 2, 9, 6}, 40);
        q.append(20);
        q.fetch(4, 60);
        q.fetch(9, 55);
        q.expect(60, 55, new int[] {2, 4, 6, 9}, true);
        q.fetch(6, 40);
        q.expect(60, 55, new int[] {2, 4, 6, 9}, true);
    }

    @Test
    @Points(1)
    @DisplayName("The constructor's voter array changed by the caller, and the returned array changed")
    void arraysAreCopies() {
        int[] voters = {3, 1, 2};
        Q q = new Q(1, voters, 0);
        voters[0] = 99;
        int[] seen = q.q.voters();
        if (seen.length > 0) {
            seen[0] = 98;
        }
        q.expect(0, 0, new int[] {1, 2, 3}, true);
    }

    @Test
    @Points(1)
    @DisplayName("100000 appends and fetches on a 5-voter quorum, offsets near 10^15")
    void manyCalls() {
        long start = 1_000_000_000_000_000L - 200_000;
        VoterChanges q = new VoterChanges(1, new int[] {1, 2, 3, 4, 5}, start);
        long leo = start;
        for (int k = 0; k < 24_999; k++) {
            q.append(1);
            leo++;
            q.fetch(2, leo);
            q.fetch(3, leo - 1);
            q.fetch(6, leo);
        }
        assertEquals(leo - 1, q.highWatermark(), "highWatermark() after the loop");
        q.fetch(4, leo);
        assertEquals(leo, q.highWatermark(), "highWatermark() after fetch(4, LEO)");
        assertEquals(VoterChanges.Result.OK, q.addVoter(6), "addVoter(6)");
    }

    /**
     * Oracle, written with a history of voter sets instead of a single current set: each entry is
     * the offset of its VotersRecord (-1 for the initial set) and the set. The HW is found by
     * counting, for each candidate offset, how many voters have reached it.
     */
    private static final class Oracle {
        final int leader;
        final List<Long> setOffsets = new ArrayList<>();
        final List<int[]> sets = new ArrayList<>();
        final Map<Integer, long[]> lastFetch = new HashMap<>(); // {offset, leader LEO at that fetch}
        long leo;
        long hw;
        boolean resigned;

        Oracle(int leader, int[] voters, long leo) {
            this.leader = leader;
            this.leo = leo;
            this.hw = leo;
            setOffsets.add(-1L);
            int[] sorted = voters.clone();
            Arrays.sort(sorted);
            sets.add(sorted);
        }

        int[] current() {
            return sets.get(sets.size() - 1);
        }

        boolean member(int id) {
            return Arrays.stream(current()).anyMatch(v -> v == id);
        }

        long end(int id) {
            return id == leader ? leo : lastFetch.getOrDefault(id, new long[] {0, -1})[0];
        }

        void recompute() {
            int[] set = current();
            for (int candidate : set) {
                long offset = end(candidate);
                int reached = 0;
                for (int v : set) {
                    if (end(v) >= offset) {
                        reached++;
                    }
                }
                if (2 * reached > set.length && offset > hw) {
                    hw = offset;
                }
            }
            long lastSet = setOffsets.get(setOffsets.size() - 1);
            if (lastSet >= 0 && hw > lastSet && !member(leader)) {
                resigned = true;
            }
        }

        void append(int n) {
            if (!resigned) {
                leo += n;
                recompute();
            }
        }

        void fetch(int id, long offset) {
            if (!resigned) {
                lastFetch.put(id, new long[] {offset, leo});
                recompute();
            }
        }

        String gate() {
            if (resigned) {
                return "NOT_LEADER";
            }
            return setOffsets.get(setOffsets.size() - 1) >= hw ? "PENDING_CHANGE" : null;
        }

        String change(int[] next) {
            setOffsets.add(leo);
            sets.add(next);
            leo++;
            recompute();
            return "OK";
        }

        String add(int id) {
            String g = gate();
            if (g != null) {
                return g;
            }
            if (member(id)) {
                return "DUPLICATE_VOTER";
            }
            long[] f = lastFetch.get(id);
            if (f == null || f[0] != f[1]) {
                return "NOT_CAUGHT_UP";
            }
            int[] next = Arrays.copyOf(current(), current().length + 1);
            next[next.length - 1] = id;
            Arrays.sort(next);
            return change(next);
        }

        String remove(int id) {
            String g = gate();
            if (g != null) {
                return g;
            }
            if (!member(id)) {
                return "VOTER_NOT_FOUND";
            }
            if (current().length == 1) {
                return "LAST_VOTER";
            }
            return change(Arrays.stream(current()).filter(v -> v != id).toArray());
        }
    }

    @Test
    @Points(3)
    @DisplayName("300 random sequences of appends, fetches, additions and removals")
    void randomSequences() {
        Random random = new Random(SEED);
        for (int c = 0; c < 300; c++) {
            int size = 1 + random.nextInt(4);
            int[] voters = new int[size];
            for (int i = 0; i < size; i++) {
                voters[i] = i;
            }
            long start = random.nextInt(50);
            Q q = new Q(0, voters, start);
            Oracle o = new Oracle(0, voters, start);
            for (int step = 0; step < 40; step++) {
                int kind = random.nextInt(20);
                String want = null;
                String got = null;
                if (kind < 5) {
                    int n = 1 + random.nextInt(3);
                    o.append(n);
                    q.append(n);
                } else if (kind < 13) {
                    int id = 1 + random.nextInt(6);
                    long offset = random.nextInt(3) == 0 ? o.leo : Math.max(0, o.leo - random.nextInt(4));
                    o.fetch(id, offset);
                    q.fetch(id, offset);
                } else if (kind < 17) {
                    int id = 1 + random.nextInt(6);
                    want = o.add(id);
                    got = q.add(id);
                } else {
                    int id = random.nextInt(kind == 19 ? 7 : 6) + (kind == 19 ? 0 : 1);
                    want = o.remove(id);
                    got = q.remove(id);
                }
                String where = "seed " + SEED + ", case " + c + ", step " + step + ": calls " + recent(q.trace);
                if (want != null && !want.equals(got)) {
                    assertEquals(want, got, where + " (the result of the last call)");
                }
                assertEquals(o.leo, q.q.logEndOffset(), where + " then logEndOffset()");
                assertEquals(o.hw, q.q.highWatermark(), where + " then highWatermark()");
                assertArrayEquals(o.current(), q.q.voters(), where + " then voters()");
                assertEquals(!o.resigned, q.q.isLeader(), where + " then isLeader()");
            }
        }
    }
}
