import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
@DisplayName("Metadata replay: hidden tests")
class MetadataReplayHiddenTest {

    private static final long SEED = 20261205L;
    private static final int KEEP = MetadataReplay.NO_LEADER_CHANGE;
    private static final int NONE = MetadataReplay.NO_LEADER;

    /** The end of a call trace: the grader keeps 500 characters of a message, and the expected
     *  and actual values come last, so only the most recent calls are shown. */
    private static String recent(CharSequence trace) {
        String s = trace.toString();
        return s.length() <= 240 ? s : "..." + s.substring(s.length() - 240);
    }

    private static MetadataReplay.MetadataRecord register(int id, long epoch, boolean fenced) {
        return new MetadataReplay.RegisterBroker(id, epoch, fenced);
    }

    private static MetadataReplay.MetadataRecord fence(int id, long epoch) {
        return new MetadataReplay.FenceBroker(id, epoch);
    }

    private static MetadataReplay.MetadataRecord unfence(int id, long epoch) {
        return new MetadataReplay.UnfenceBroker(id, epoch);
    }

    private static MetadataReplay.MetadataRecord partition(String name, int[] isr, int leader, int le, int pe) {
        return new MetadataReplay.PartitionRecord(name, isr, leader, le, pe);
    }

    private static MetadataReplay.MetadataRecord change(String name, int[] isr, int leader) {
        return new MetadataReplay.PartitionChange(name, isr, leader);
    }

    private static String show(MetadataReplay.MetadataRecord r) {
        if (r instanceof MetadataReplay.PartitionRecord p) {
            return "PartitionRecord(" + p.partition() + ", " + Arrays.toString(p.isr()) + ", " + p.leader() + ", "
                    + p.leaderEpoch() + ", " + p.partitionEpoch() + ")";
        }
        if (r instanceof MetadataReplay.PartitionChange c) {
            return "PartitionChange(" + c.partition() + ", " + Arrays.toString(c.isr()) + ", " + c.leader() + ")";
        }
        return String.valueOf(r);
    }

    /** Wraps a view so that exceptions become readable failures and calls are traced. */
    private static final class V {
        final MetadataReplay v = new MetadataReplay();
        final StringBuilder trace = new StringBuilder();

        boolean apply(long offset, MetadataReplay.MetadataRecord r) {
            String call = "apply(" + offset + ", " + show(r) + ")";
            try {
                boolean got = v.apply(offset, r);
                trace.append(call).append("; ");
                return got;
            } catch (RuntimeException | StackOverflowError e) {
                return fail(call + " threw " + e + "; calls before it: " + recent(trace), e);
            }
        }

        boolean snapshot(long end, List<MetadataReplay.MetadataRecord> records) {
            StringBuilder shown = new StringBuilder();
            for (MetadataReplay.MetadataRecord r : records) {
                shown.append(shown.length() == 0 ? "" : ", ").append(show(r));
            }
            String call = "loadSnapshot(" + end + ", [" + shown + "])";
            try {
                boolean got = v.loadSnapshot(end, records);
                trace.append(call).append("; ");
                return got;
            } catch (RuntimeException | StackOverflowError e) {
                return fail(call + " threw " + e + "; calls before it: " + recent(trace), e);
            }
        }

        MetadataReplay.PartitionView partition(String name) {
            try {
                return v.partition(name);
            } catch (RuntimeException e) {
                return fail("partition(\"" + name + "\") threw " + e + " after: " + recent(trace), e);
            }
        }

        void expectPartition(String name, int leader, int le, int pe, int[] isr) {
            MetadataReplay.PartitionView p = partition(name);
            String where = " of " + name + " after: " + recent(trace);
            assertNotNull(p, "partition(\"" + name + "\") after: " + recent(trace));
            assertEquals(leader, p.leader(), "leader" + where);
            assertEquals(le, p.leaderEpoch(), "leader epoch" + where);
            assertEquals(pe, p.partitionEpoch(), "partition epoch" + where);
            assertArrayEquals(isr, p.isr(), "ISR" + where);
        }

        void expectBroker(int id, long epoch, boolean fenced) {
            assertEquals(epoch, v.brokerEpoch(id), "brokerEpoch(" + id + ") after: " + recent(trace));
            assertEquals(fenced, v.isFenced(id), "isFenced(" + id + ") after: " + recent(trace));
        }
    }

    @Test
    @Points(2)
    @DisplayName("Offsets 3 to 6 delivered a second time after offset 6")
    void refetchedRange() {
        V v = new V();
        v.apply(0, register(1, 0, true));
        v.apply(1, unfence(1, 0));
        v.apply(2, partition("t-0", new int[] {1}, 1, 0, 0));
        v.apply(3, change("t-0", new int[] {1, 2}, KEEP));
        v.apply(4, change("t-0", null, 2));
        v.apply(5, fence(1, 0));
        v.apply(6, change("t-0", new int[] {2}, KEEP));
        for (long o = 3; o <= 6; o++) {
            MetadataReplay.MetadataRecord r = o == 5 ? fence(1, 0) : change("t-0", null, 1);
            assertEquals(false, v.apply(o, r), "apply(" + o + ", ...) a second time, after: " + recent(v.trace));
        }
        v.expectPartition("t-0", 2, 1, 3, new int[] {2});
        v.expectBroker(1, 0, true);
        assertEquals(6, v.v.lastAppliedOffset(), "lastAppliedOffset() after: " + recent(v.trace));
    }

    @Test
    @Points(1)
    @DisplayName("Offsets 10, 12 and 15, then offset 11")
    void offsetsWithGaps() {
        V v = new V();
        assertEquals(true, v.apply(10, register(4, 10, true)), "apply(10, ...) on an empty view");
        assertEquals(true, v.apply(12, unfence(4, 10)), "apply(12, ...) after 10");
        assertEquals(true, v.apply(15, register(5, 15, false)), "apply(15, ...) after 12");
        assertEquals(false, v.apply(11, fence(4, 10)), "apply(11, ...) after 15");
        v.expectBroker(4, 10, false);
        assertEquals(15, v.v.lastAppliedOffset(), "lastAppliedOffset() after: " + recent(v.trace));
    }

    @Test
    @Points(2)
    @DisplayName("PartitionChange records that only name a new ISR")
    void isrOnlyChanges() {
        V v = new V();
        v.apply(0, partition("a-1", new int[] {1, 2, 3}, 1, 4, 9));
        v.apply(1, change("a-1", new int[] {1, 2}, KEEP));
        v.apply(2, change("a-1", new int[] {1}, KEEP));
        v.apply(3, change("a-1", new int[] {1, 3}, KEEP));
        v.expectPartition("a-1", 1, 4, 12, new int[] {1, 3});
    }

    @Test
    @Points(1)
    @DisplayName("A PartitionChange naming the partition's current leader")
    void sameLeaderNamed() {
        V v = new V();
        v.apply(0, partition("a-1", new int[] {1, 2}, 1, 4, 9));
        v.apply(1, change("a-1", null, 1));
        v.expectPartition("a-1", 1, 5, 10, new int[] {1, 2});
    }

    @Test
    @Points(2)
    @DisplayName("A PartitionChange to NO_LEADER, then to broker 3")
    void noLeaderThenLeader() {
        V v = new V();
        v.apply(0, partition("a-1", new int[] {2}, 2, 7, 7));
        v.apply(1, change("a-1", new int[] {}, NONE));
        v.expectPartition("a-1", NONE, 8, 8, new int[] {});
        v.apply(2, change("a-1", new int[] {3}, 3));
        v.expectPartition("a-1", 3, 9, 9, new int[] {3});
    }

    @Test
    @Points(1)
    @DisplayName("A PartitionChange with a new leader and no ISR")
    void leaderChangeKeepsIsr() {
        V v = new V();
        v.apply(0, partition("a-1", new int[] {5, 6, 7}, 5, 0, 0));
        v.apply(1, change("a-1", null, 6));
        v.expectPartition("a-1", 6, 1, 1, new int[] {5, 6, 7});
    }

    @Test
    @Points(1)
    @DisplayName("A PartitionChange for a partition the view does not have")
    void changeOfUnknownPartition() {
        V v = new V();
        v.apply(0, partition("a-1", new int[] {1}, 1, 0, 0));
        assertEquals(true, v.apply(1, change("b-0", new int[] {1}, 1)), "apply(1, change of b-0)");
        assertNull(v.partition("b-0"), "partition(\"b-0\") after: " + recent(v.trace));
        assertEquals(1, v.v.lastAppliedOffset(), "lastAppliedOffset() after: " + recent(v.trace));
        v.expectPartition("a-1", 1, 0, 0, new int[] {1});
    }

    @Test
    @Points(2)
    @DisplayName("Fence and unfence records of an older incarnation after a re-registration")
    void olderIncarnation() {
        V v = new V();
        v.apply(20, register(3, 20, true));
        v.apply(21, unfence(3, 20));
        v.apply(30, register(3, 30, true));
        v.apply(31, unfence(3, 20));
        v.expectBroker(3, 30, true);
        v.apply(32, unfence(3, 30));
        v.apply(33, fence(3, 20));
        v.expectBroker(3, 30, false);
        v.apply(34, fence(3, 30));
        v.expectBroker(3, 30, true);
    }

    @Test
    @Points(1)
    @DisplayName("Fence and unfence records for a broker that never registered")
    void unregisteredBroker() {
        V v = new V();
        v.apply(0, register(1, 0, true));
        v.apply(1, unfence(2, 0));
        v.apply(2, fence(2, 0));
        v.expectBroker(2, -1, true);
        v.apply(3, unfence(2, 0));
        v.expectBroker(2, -1, true);
    }

    @Test
    @Points(1)
    @DisplayName("A RegisterBroker record with fenced = false")
    void unfencedRegistration() {
        V v = new V();
        v.apply(5, register(9, 5, false));
        v.expectBroker(9, 5, false);
        v.apply(6, register(9, 6, true));
        v.expectBroker(9, 6, true);
    }

    @Test
    @Points(2)
    @DisplayName("A snapshot that lacks brokers and partitions the view had")
    void snapshotReplacesView() {
        V v = new V();
        v.apply(0, register(1, 0, false));
        v.apply(1, register(2, 1, false));
        v.apply(2, partition("x-0", new int[] {1, 2}, 1, 0, 0));
        v.apply(3, partition("x-1", new int[] {2, 1}, 2, 0, 0));
        assertEquals(true, v.snapshot(50, List.of(register(2, 40, true), partition("x-1", new int[] {2}, 2, 3, 6))),
                "loadSnapshot(50, ...) after offset 3");
        v.expectBroker(1, -1, true);
        v.expectBroker(2, 40, true);
        assertNull(v.partition("x-0"), "partition(\"x-0\") after: " + recent(v.trace));
        v.expectPartition("x-1", 2, 3, 6, new int[] {2});
        assertEquals(49, v.v.lastAppliedOffset(), "lastAppliedOffset() after: " + recent(v.trace));
    }

    @Test
    @Points(1)
    @DisplayName("Snapshots whose end offset is at or below the view's position")
    void oldSnapshots() {
        V v = new V();
        assertEquals(false, v.snapshot(0, List.of(register(1, 0, false))), "loadSnapshot(0, ...) on an empty view");
        v.expectBroker(1, -1, true);
        v.apply(0, register(1, 0, true));
        v.apply(7, register(2, 7, true));
        assertEquals(false, v.snapshot(8, List.of(register(3, 1, false))), "loadSnapshot(8, ...) at offset 7");
        assertEquals(false, v.snapshot(5, List.of(register(3, 1, false))), "loadSnapshot(5, ...) at offset 7");
        v.expectBroker(3, -1, true);
        v.expectBroker(2, 7, true);
        assertEquals(true, v.snapshot(9, List.of(register(3, 1, false))), "loadSnapshot(9, ...) at offset 7");
        v.expectBroker(3, 1, false);
        v.expectBroker(2, -1, true);
    }

    @Test
    @Points(2)
    @DisplayName("Records around a snapshot's end offset, and a snapshot holding change records")
    void recordsAroundSnapshot() {
        V v = new V();
        List<MetadataReplay.MetadataRecord> snap = List.of(
                register(1, 10, true), unfence(1, 10),
                partition("y-0", new int[] {1}, 1, 0, 0), change("y-0", new int[] {1, 4}, KEEP));
        v.snapshot(100, snap);
        v.expectBroker(1, 10, false);
        v.expectPartition("y-0", 1, 0, 1, new int[] {1, 4});
        assertEquals(false, v.apply(98, change("y-0", null, 4)), "apply(98, ...) after the snapshot");
        assertEquals(false, v.apply(99, change("y-0", null, 4)), "apply(99, ...) after the snapshot");
        v.expectPartition("y-0", 1, 0, 1, new int[] {1, 4});
        assertEquals(true, v.apply(100, change("y-0", null, 4)), "apply(100, ...) after the snapshot");
        v.expectPartition("y-0", 4, 1, 2, new int[] {1, 4});
    }

    @Test
    @Points(1)
    @DisplayName("The caller changes its ISR arrays after applying and after reading")
    void arraysAreCopied() {
        V v = new V();
        int[] isr = {1, 2, 3};
        v.apply(0, partition("z-0", isr, 1, 0, 0));
        isr[0] = 99;
        int[] change = {1, 2};
        v.apply(1, change("z-0", change, KEEP));
        change[1] = 98;
        MetadataReplay.PartitionView seen = v.partition("z-0");
        assertNotNull(seen, "partition(\"z-0\")");
        if (seen.isr().length > 0) {
            seen.isr()[0] = 97;
        }
        v.expectPartition("z-0", 1, 0, 1, new int[] {1, 2});
    }

    @Test
    @Points(1)
    @DisplayName("A PartitionRecord for a partition the view already has")
    void partitionRecordReplaces() {
        V v = new V();
        v.apply(0, partition("q-2", new int[] {1, 2}, 1, 5, 5));
        v.apply(1, change("q-2", new int[] {1}, KEEP));
        v.apply(2, partition("q-2", new int[] {3}, 3, 0, 0));
        v.expectPartition("q-2", 3, 0, 0, new int[] {3});
    }

    @Test
    @Points(1)
    @DisplayName("100000 records: registrations of 1000 brokers and changes to 100 partitions")
    void manyRecords() {
        MetadataReplay v = new MetadataReplay();
        long offset = 1_000_000_000_000_000L - 200_000;
        for (int b = 0; b < 1000; b++) {
            v.apply(offset++, new MetadataReplay.RegisterBroker(b * 1000, offset, true));
        }
        for (int p = 0; p < 100; p++) {
            v.apply(offset++, new MetadataReplay.PartitionRecord("big-" + p, new int[] {0, 1000}, 0, 0, 0));
        }
        for (int k = 0; k <= 98_000; k++) {
            v.apply(offset + k, new MetadataReplay.PartitionChange("big-" + (k % 100), null, (k % 2) * 1000));
        }
        MetadataReplay.PartitionView p = v.partition("big-7");
        assertNotNull(p, "partition(\"big-7\")");
        assertEquals(980, p.leaderEpoch(), "leader epoch of big-7 after 980 changes");
        assertEquals(true, v.isFenced(999_000), "isFenced(999000)");
        assertEquals(false, v.apply(offset, new MetadataReplay.FenceBroker(0, 1)), "apply of an old offset");
    }

    /**
     * Oracle, written as "replay from scratch": it keeps the records of the last loaded snapshot
     * and the records accepted since, and answers every query by folding all of them into a fresh
     * state. Brokers are long[] {epoch, fenced ? 1 : 0}; partitions are int[] {leader, leaderEpoch,
     * partitionEpoch, isr...}.
     */
    private static final class Oracle {
        List<MetadataReplay.MetadataRecord> base = new ArrayList<>();
        final List<MetadataReplay.MetadataRecord> since = new ArrayList<>();
        long last = -1;

        boolean apply(long offset, MetadataReplay.MetadataRecord r) {
            if (offset > last) {
                since.add(r);
                last = offset;
                return true;
            }
            return false;
        }

        boolean snapshot(long end, List<MetadataReplay.MetadataRecord> records) {
            if (end - 1 > last) {
                base = new ArrayList<>(records);
                since.clear();
                last = end - 1;
                return true;
            }
            return false;
        }

        void fold(Map<Integer, long[]> brokers, Map<String, int[]> parts) {
            List<MetadataReplay.MetadataRecord> all = new ArrayList<>(base);
            all.addAll(since);
            for (MetadataReplay.MetadataRecord r : all) {
                if (r instanceof MetadataReplay.RegisterBroker b) {
                    brokers.put(b.brokerId(), new long[] {b.brokerEpoch(), b.fenced() ? 1 : 0});
                } else if (r instanceof MetadataReplay.FenceBroker f) {
                    long[] s = brokers.get(f.brokerId());
                    if (s != null && s[0] == f.brokerEpoch()) {
                        s[1] = 1;
                    }
                } else if (r instanceof MetadataReplay.UnfenceBroker u) {
                    long[] s = brokers.get(u.brokerId());
                    if (s != null && s[0] == u.brokerEpoch()) {
                        s[1] = 0;
                    }
                } else if (r instanceof MetadataReplay.PartitionRecord p) {
                    int[] s = new int[3 + p.isr().length];
                    s[0] = p.leader();
                    s[1] = p.leaderEpoch();
                    s[2] = p.partitionEpoch();
                    System.arraycopy(p.isr(), 0, s, 3, p.isr().length);
                    parts.put(p.partition(), s);
                } else if (r instanceof MetadataReplay.PartitionChange c && parts.containsKey(c.partition())) {
                    int[] old = parts.get(c.partition());
                    int[] isr = c.isr() != null ? c.isr() : Arrays.copyOfRange(old, 3, old.length);
                    int[] s = new int[3 + isr.length];
                    s[0] = c.leader() == KEEP ? old[0] : c.leader();
                    s[1] = c.leader() == KEEP ? old[1] : old[1] + 1;
                    s[2] = old[2] + 1;
                    System.arraycopy(isr, 0, s, 3, isr.length);
                    parts.put(c.partition(), s);
                }
            }
        }
    }

    /** A random subset of brokers 0 to 3, ascending (an ISR names each replica once). */
    private static int[] randomIsr(Random random) {
        int[] isr = new int[4];
        int n = 0;
        for (int id = 0; id < 4; id++) {
            if (random.nextBoolean()) {
                isr[n++] = id;
            }
        }
        return Arrays.copyOf(isr, n);
    }

    private static MetadataReplay.MetadataRecord randomRecord(Random random, Oracle o) {
        Map<Integer, long[]> brokers = new HashMap<>();
        o.fold(brokers, new HashMap<>());
        int id = random.nextInt(4);
        long epoch = brokers.containsKey(id) && random.nextInt(3) > 0 ? brokers.get(id)[0] : random.nextInt(6);
        String p = "p-" + random.nextInt(3);
        switch (random.nextInt(6)) {
            case 0:
                return register(id, epoch, random.nextBoolean());
            case 1:
                return fence(id, epoch);
            case 2:
                return unfence(id, epoch);
            case 3:
                return partition(p, randomIsr(random), random.nextInt(5) - 1, random.nextInt(6), random.nextInt(6));
            default:
                int leader = random.nextInt(3) == 0 ? KEEP : random.nextInt(5) - 1;
                return change(p, random.nextInt(3) == 0 ? null : randomIsr(random), leader);
        }
    }

    @Test
    @Points(3)
    @DisplayName("300 random sequences of records, repeated offsets and snapshots")
    void randomSequences() {
        Random random = new Random(SEED);
        for (int c = 0; c < 300; c++) {
            V v = new V();
            Oracle o = new Oracle();
            for (int step = 0; step < 30; step++) {
                String where = "seed " + SEED + ", case " + c + ", step " + step + "; calls: ";
                boolean want;
                boolean got;
                if (random.nextInt(8) == 0) {
                    List<MetadataReplay.MetadataRecord> records = new ArrayList<>();
                    for (int k = random.nextInt(4); k > 0; k--) {
                        records.add(randomRecord(random, o));
                    }
                    long end = Math.max(0, o.last + 1 + random.nextInt(6) - 2);
                    want = o.snapshot(end, records);
                    got = v.snapshot(end, records);
                } else {
                    long offset = random.nextInt(4) == 0 ? Math.max(0, o.last - random.nextInt(3)) : o.last + 1 + random.nextInt(2);
                    MetadataReplay.MetadataRecord r = randomRecord(random, o);
                    want = o.apply(offset, r);
                    got = v.apply(offset, r);
                }
                if (want != got) {
                    assertEquals(want, got, where + recent(v.trace) + " (the return value of the last call)");
                }
                assertEquals(o.last, v.v.lastAppliedOffset(), where + recent(v.trace) + " then lastAppliedOffset()");
                Map<Integer, long[]> brokers = new HashMap<>();
                Map<String, int[]> parts = new HashMap<>();
                o.fold(brokers, parts);
                for (int id = 0; id < 4; id++) {
                    long[] b = brokers.get(id);
                    assertEquals(b == null ? -1 : b[0], v.v.brokerEpoch(id), where + recent(v.trace) + " then brokerEpoch(" + id + ")");
                    assertEquals(b == null || b[1] == 1, v.v.isFenced(id), where + recent(v.trace) + " then isFenced(" + id + ")");
                }
                for (int k = 0; k < 3; k++) {
                    String name = "p-" + k;
                    int[] s = parts.get(name);
                    MetadataReplay.PartitionView p = v.partition(name);
                    String expected = s == null ? "null"
                            : s[0] + " " + s[1] + " " + s[2] + " " + Arrays.toString(Arrays.copyOfRange(s, 3, s.length));
                    String actual = p == null ? "null"
                            : p.leader() + " " + p.leaderEpoch() + " " + p.partitionEpoch() + " " + Arrays.toString(p.isr());
                    assertEquals(expected, actual, where + recent(v.trace) + " then partition(\"" + name
                            + "\") as 'leader leaderEpoch partitionEpoch isr'");
                }
            }
        }
    }
}
