// Wrong solution: no-leader-means-no-change.
// Mistake modelled: the two sentinels are mixed up: any negative leader is taken
// as 'no change', so a change to NO_LEADER keeps the old leader and epoch.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class MetadataReplay {

    public static final int NO_LEADER = -1;
    public static final int NO_LEADER_CHANGE = -2;

    /** One record of the metadata log (the real ones are typed binary records). */
    public interface MetadataRecord {
    }

    public record RegisterBroker(int brokerId, long brokerEpoch, boolean fenced) implements MetadataRecord {
    }

    public record FenceBroker(int brokerId, long brokerEpoch) implements MetadataRecord {
    }

    public record UnfenceBroker(int brokerId, long brokerEpoch) implements MetadataRecord {
    }

    public record PartitionRecord(String partition, int[] isr, int leader, int leaderEpoch,
                                  int partitionEpoch) implements MetadataRecord {
    }

    /** isr == null leaves the ISR as it is; leader may be a broker id, NO_LEADER or NO_LEADER_CHANGE. */
    public record PartitionChange(String partition, int[] isr, int leader) implements MetadataRecord {
    }

    public record PartitionView(int leader, int leaderEpoch, int partitionEpoch, int[] isr) {
    }

    /** A registered broker: its current epoch and whether it is fenced. */
    private record Broker(long epoch, boolean fenced) {
    }

    private final Map<Integer, Broker> brokers = new HashMap<>();
    private final Map<String, PartitionView> partitions = new HashMap<>();
    private long lastApplied = -1;

    public boolean apply(long offset, MetadataRecord record) {
        if (offset <= lastApplied) {
            return false;
        }
        replay(record);
        lastApplied = offset;
        return true;
    }

    public boolean loadSnapshot(long endOffset, List<MetadataRecord> records) {
        if (endOffset - 1 <= lastApplied) {
            return false;
        }
        brokers.clear();
        partitions.clear();
        for (MetadataRecord record : records) {
            replay(record);
        }
        lastApplied = endOffset - 1;
        return true;
    }

    private void replay(MetadataRecord record) {
        if (record instanceof RegisterBroker r) {
            brokers.put(r.brokerId(), new Broker(r.brokerEpoch(), r.fenced()));
        } else if (record instanceof FenceBroker f) {
            setFenced(f.brokerId(), f.brokerEpoch(), true);
        } else if (record instanceof UnfenceBroker u) {
            setFenced(u.brokerId(), u.brokerEpoch(), false);
        } else if (record instanceof PartitionRecord p) {
            partitions.put(p.partition(),
                    new PartitionView(p.leader(), p.leaderEpoch(), p.partitionEpoch(), p.isr().clone()));
        } else if (record instanceof PartitionChange c) {
            change(c);
        }
    }

    /** Fence and unfence records name an incarnation: one for an older epoch changes nothing. */
    private void setFenced(int brokerId, long epoch, boolean fenced) {
        Broker b = brokers.get(brokerId);
        if (b != null && b.epoch() == epoch) {
            brokers.put(brokerId, new Broker(epoch, fenced));
        }
    }

    /** PartitionRegistration.merge: a leader field other than NO_LEADER_CHANGE bumps the leader epoch. */
    private void change(PartitionChange c) {
        PartitionView old = partitions.get(c.partition());
        if (old == null) {
            return;
        }
        int[] isr = c.isr() == null ? old.isr() : c.isr().clone();
        int leader = old.leader();
        int leaderEpoch = old.leaderEpoch();
        if (c.leader() >= 0) { // bug: NO_LEADER (-1) is treated like NO_LEADER_CHANGE
            leader = c.leader();
            leaderEpoch++;
        }
        partitions.put(c.partition(), new PartitionView(leader, leaderEpoch, old.partitionEpoch() + 1, isr));
    }

    public long lastAppliedOffset() {
        return lastApplied;
    }

    public boolean isFenced(int brokerId) {
        Broker b = brokers.get(brokerId);
        return b == null || b.fenced();
    }

    public long brokerEpoch(int brokerId) {
        Broker b = brokers.get(brokerId);
        return b == null ? -1 : b.epoch();
    }

    public PartitionView partition(String name) {
        PartitionView p = partitions.get(name);
        return p == null ? null : new PartitionView(p.leader(), p.leaderEpoch(), p.partitionEpoch(), p.isr().clone());
    }
}
