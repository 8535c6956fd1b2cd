/**
 * Reference solution.
 *
 * HW = min LEO over the ISR (one pass). An acks=all write is refused only when
 * acks == -1 and the ISR is smaller than min.insync.replicas. A record is on
 * every ISR member when each member's (exclusive) LEO is above its offset,
 * which is the same as recordOffset < HW.
 */
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
            if (inIsr[i] && leo[i] <= recordOffset) {
                return false; // this ISR member holds offsets 0..leo[i]-1 only
            }
        }
        return true;
    }
}
