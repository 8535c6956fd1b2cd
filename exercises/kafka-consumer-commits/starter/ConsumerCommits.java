public class ConsumerCommits {

    /**
     * What the script did.
     *
     * @param duplicated offsets processed two or more times, ascending
     * @param lost       offsets never processed and below the final committed offset, ascending
     * @param committed  the group's committed offset after the last action
     */
    public record Report(long[] duplicated, long[] lost, long committed) {}

    /**
     * Replays a consumer's actions on one partition (see exercise.md for the rules).
     *
     * @param logStart  offset of the first record in the partition
     * @param logEnd    offset after the last record (all records are below the high watermark)
     * @param committed the group's committed offset before the first action
     * @param actions   "poll N", "process", "commit", "commit X" or "crash"; must not be modified
     * @return the duplicated and lost offsets and the final committed offset
     */
    public static Report replay(long logStart, long logEnd, long committed, String[] actions) {
        // TODO: implement this method (see exercise.md for the rules).
        return new Report(new long[0], new long[0], committed);
    }
}
