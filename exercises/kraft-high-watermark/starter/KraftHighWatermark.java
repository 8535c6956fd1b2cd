public class KraftHighWatermark {

    /**
     * Computes the KRaft leader's new high watermark.
     *
     * @param voterEndOffsets  the end offset of every voter, the leader's included;
     *                         must not be modified
     * @param epochStartOffset the offset of the first record of the leader's epoch
     * @param currentHw        the current high watermark, or -1 if there is none
     * @return the new high watermark (currentHw when it may not advance)
     */
    public static long kraftHighWatermark(long[] voterEndOffsets, long epochStartOffset, long currentHw) {
        // TODO: implement this method (see exercise.md for the rules).
        return currentHw;
    }
}
