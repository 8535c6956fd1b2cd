// Wrong solution: min-isr-on-acks-1.
// Mistake modelled: min.insync.replicas is applied to every write that asks
// for an acknowledgement (acks=1 as well as acks=-1). Only acks=all is subject
// to min.insync.replicas; acks=1 only waits for the leader.
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
        if (acks != 0 && isrSize < minInsyncReplicas) { // bug: also acks=1
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
