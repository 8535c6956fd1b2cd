// Wrong solution: hw-over-all-replicas.
// Mistake modelled: the high watermark is taken as the minimum LEO over ALL
// replicas, ignoring the ISR flags. A follower that was dropped from the ISR
// for lagging then holds back the whole partition (the reason the ISR exists).
public class IsrHighWatermark {

    public enum ProduceResult { ACCEPTED, NOT_ENOUGH_REPLICAS }

    public static long partitionHighWatermark(long[] leo, boolean[] inIsr) {
        long hw = leo[0]; // the leader is always in the ISR
        for (int i = 1; i < leo.length; i++) {
            if (leo[i] < hw) { // bug: ignores inIsr
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
            if (inIsr[i] && leo[i] <= recordOffset) {
                return false; // this ISR member holds offsets 0..leo[i]-1 only
            }
        }
        return true;
    }
}
