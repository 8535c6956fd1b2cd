import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Metadata replay: examples from the statement")
class MetadataReplayTest {

    private static final int KEEP = MetadataReplay.NO_LEADER_CHANGE;

    private static void expectPartition(MetadataReplay v, String name, int leader, int leaderEpoch,
                                        int partitionEpoch, int[] isr, String when) {
        MetadataReplay.PartitionView p = v.partition(name);
        assertNotNull(p, when + ": partition(\"" + name + "\")");
        assertEquals(leader, p.leader(), when + ": leader of " + name);
        assertEquals(leaderEpoch, p.leaderEpoch(), when + ": leader epoch of " + name);
        assertEquals(partitionEpoch, p.partitionEpoch(), when + ": partition epoch of " + name);
        assertArrayEquals(isr, p.isr(), when + ": ISR of " + name);
    }

    /** Offsets 100 to 104 of the example. */
    private static MetadataReplay registeredWithOnePartition() {
        MetadataReplay v = new MetadataReplay();
        assertEquals(true, v.apply(100, new MetadataReplay.RegisterBroker(1, 100, true)), "apply(100, RegisterBroker(1, 100, true))");
        assertEquals(true, v.apply(101, new MetadataReplay.RegisterBroker(2, 101, true)), "apply(101, RegisterBroker(2, 101, true))");
        assertEquals(true, v.apply(102, new MetadataReplay.UnfenceBroker(1, 100)), "apply(102, UnfenceBroker(1, 100))");
        assertEquals(true, v.apply(103, new MetadataReplay.UnfenceBroker(2, 101)), "apply(103, UnfenceBroker(2, 101))");
        assertEquals(true, v.apply(104, new MetadataReplay.PartitionRecord("orders-0", new int[] {1, 2}, 1, 0, 0)),
                "apply(104, PartitionRecord(orders-0, [1, 2], 1, 0, 0))");
        return v;
    }

    @Test
    @Points(1)
    @DisplayName("Example: two registrations, two unfence records and a PartitionRecord (offsets 100-104)")
    void registrations() {
        MetadataReplay v = registeredWithOnePartition();
        assertEquals(false, v.isFenced(1), "isFenced(1) after offset 104");
        assertEquals(101, v.brokerEpoch(2), "brokerEpoch(2) after offset 104");
        expectPartition(v, "orders-0", 1, 0, 0, new int[] {1, 2}, "after offset 104");
        assertEquals(104, v.lastAppliedOffset(), "lastAppliedOffset() after offset 104");
    }

    @Test
    @Points(1)
    @DisplayName("Example: an ISR change, a fence record and a leader change (offsets 105, 107, 108)")
    void changes() {
        MetadataReplay v = registeredWithOnePartition();
        v.apply(105, new MetadataReplay.PartitionChange("orders-0", new int[] {1}, KEEP));
        expectPartition(v, "orders-0", 1, 0, 1, new int[] {1}, "after offset 105");
        v.apply(107, new MetadataReplay.FenceBroker(1, 100));
        assertEquals(true, v.isFenced(1), "isFenced(1) after offset 107");
        v.apply(108, new MetadataReplay.PartitionChange("orders-0", new int[] {2}, 2));
        expectPartition(v, "orders-0", 2, 1, 2, new int[] {2}, "after offset 108");
    }

    @Test
    @Points(1)
    @DisplayName("Example: offset 105 delivered again, then broker 1 registers again (offsets 109-111)")
    void duplicateAndReRegistration() {
        MetadataReplay v = registeredWithOnePartition();
        v.apply(105, new MetadataReplay.PartitionChange("orders-0", new int[] {1}, KEEP));
        v.apply(107, new MetadataReplay.FenceBroker(1, 100));
        v.apply(108, new MetadataReplay.PartitionChange("orders-0", new int[] {2}, 2));
        assertEquals(false, v.apply(105, new MetadataReplay.PartitionChange("orders-0", new int[] {1}, KEEP)),
                "apply(105, ...) a second time");
        expectPartition(v, "orders-0", 2, 1, 2, new int[] {2}, "after offset 105 came again");
        v.apply(109, new MetadataReplay.RegisterBroker(1, 109, true));
        assertEquals(109, v.brokerEpoch(1), "brokerEpoch(1) after offset 109");
        v.apply(110, new MetadataReplay.UnfenceBroker(1, 100));
        assertEquals(true, v.isFenced(1), "isFenced(1) after UnfenceBroker(1, 100) at offset 110");
        v.apply(111, new MetadataReplay.UnfenceBroker(1, 109));
        assertEquals(false, v.isFenced(1), "isFenced(1) after UnfenceBroker(1, 109) at offset 111");
        assertEquals(111, v.lastAppliedOffset(), "lastAppliedOffset() at the end");
    }

    @Test
    @Points(1)
    @DisplayName("Example: a new view loads the snapshot with end offset 109, then offsets 108 and 109 arrive")
    void snapshot() {
        MetadataReplay v = new MetadataReplay();
        List<MetadataReplay.MetadataRecord> snapshot = List.of(
                new MetadataReplay.RegisterBroker(1, 100, true),
                new MetadataReplay.RegisterBroker(2, 101, false),
                new MetadataReplay.PartitionRecord("orders-0", new int[] {2}, 2, 1, 2));
        assertEquals(true, v.loadSnapshot(109, snapshot), "loadSnapshot(109, ...)");
        assertEquals(108, v.lastAppliedOffset(), "lastAppliedOffset() after the snapshot");
        assertEquals(true, v.isFenced(1), "isFenced(1) after the snapshot");
        assertEquals(false, v.isFenced(2), "isFenced(2) after the snapshot");
        expectPartition(v, "orders-0", 2, 1, 2, new int[] {2}, "after the snapshot");
        assertEquals(false, v.apply(108, new MetadataReplay.PartitionChange("orders-0", new int[] {2}, 2)),
                "apply(108, ...) after the snapshot");
        assertEquals(true, v.apply(109, new MetadataReplay.RegisterBroker(1, 109, true)), "apply(109, ...)");
        assertEquals(109, v.brokerEpoch(1), "brokerEpoch(1) after offset 109");
        assertEquals(false, v.loadSnapshot(109, snapshot), "loadSnapshot(109, ...) a second time");
        assertEquals(109, v.brokerEpoch(1), "brokerEpoch(1) after the second loadSnapshot");
    }
}
