import java.util.List;

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

    public MetadataReplay() {
        // TODO: set up the (empty) view in instance fields.
    }

    /** Applies the record at this offset unless the view has already seen it; see exercise.md. */
    public boolean apply(long offset, MetadataRecord record) {
        // TODO: implement this method.
        return false;
    }

    /** Replaces the view with a snapshot of the state below endOffset, unless the view is already there. */
    public boolean loadSnapshot(long endOffset, List<MetadataRecord> records) {
        // TODO: implement this method.
        return false;
    }

    /** The offset of the last record reflected in the view; -1 for an empty view. */
    public long lastAppliedOffset() {
        // TODO: implement this method.
        return -1;
    }

    /** True if the broker is not registered or is fenced. */
    public boolean isFenced(int brokerId) {
        // TODO: implement this method.
        return true;
    }

    /** The broker's current epoch, or -1 if it is not registered. */
    public long brokerEpoch(int brokerId) {
        // TODO: implement this method.
        return -1;
    }

    /** The partition's state (a copy), or null if the view has no such partition. */
    public PartitionView partition(String name) {
        // TODO: implement this method.
        return null;
    }
}
