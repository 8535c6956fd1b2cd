// Wrong solution: ack-off-by-one.
// Mistake modelled: treats the log end offset as the offset of the LAST record
// (inclusive) instead of the next one, so a follower with LEO 118 is believed
// to hold offset 118. The HW itself is computed correctly.
public class IsrHighWatermark {

    public enum ProduceResult { ACCEPTED, NOT_ENOUGH_REPLICAS }

    public static long partitionHighWatermark(long[] leo, boolean[] inIsr) {
        long hw = leo[0]; // the leader is always in the ISR
        for (int i = 1; i < leo.length; i++) {
            if (inIsr[i] && leo[i] < hw) {
                hw = leo[i];
            }
        }
        return hw;
    }

    public static ProduceResult admit(int acks, int isrSize, int minInsyncReplicas) {
        if (acks == -1 && isrSize < minInsyncReplicas) {
            return ProduceResult.NOT_ENOUGH_REPLICAS;
        }
        return ProduceResult.ACCEPTED;
    }

    public static boolean ackAllSatisfied(long recordOffset, long[] leo, boolean[] inIsr) {
        for (int i = 0; i < leo.length; i++) {
            if (inIsr[i] && leo[i] < recordOffset) { // bug: LEO read as inclusive
                return false; // this ISR member holds offsets 0..leo[i]-1 only
            }
        }
        return true;
    }
}
