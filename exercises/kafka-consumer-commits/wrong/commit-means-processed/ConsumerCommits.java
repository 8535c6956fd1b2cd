// Wrong solution: commit-means-processed.
// Mistake modelled: believes commitSync() with no arguments commits what the program
// has processed (one past the last processed record) rather than the position the
// last poll reached. A commit-first loop then looks safe: the losses of at-most-once
// delivery disappear from the report.
public class ConsumerCommits {

    /** What the script did: offsets processed twice or more, offsets lost, final commit. */
    public record Report(long[] duplicated, long[] lost, long committed) {}

    public static Report replay(long logStart, long logEnd, long committed, String[] actions) {
        int size = (int) (logEnd - logStart);
        int[] times = new int[size];
        // Records below the starting commit were processed once by an earlier consumer.
        for (long o = logStart; o < committed; o++) {
            times[(int) (o - logStart)] = 1;
        }
        long position = committed;
        long batchNext = position; // the batch of the last poll is [batchNext, batchEnd)
        long batchEnd = position;
        long processedUpTo = position; // one past the last processed record
        for (String action : actions) {
            String[] parts = action.split(" ");
            switch (parts[0]) {
                case "poll" -> {
                    long n = Long.parseLong(parts[1]);
                    batchNext = position;
                    batchEnd = Math.min(position + n, logEnd);
                    position = batchEnd;
                }
                case "process" -> {
                    times[(int) (batchNext - logStart)]++;
                    batchNext++;
                    processedUpTo = batchNext;
                }
                case "commit" -> committed = parts.length == 1 ? processedUpTo : Long.parseLong(parts[1]); // bug: commits processed, not the position
                case "crash" -> {
                    // Memory is gone: the next consumer starts at the committed offset.
                    position = committed;
                    processedUpTo = committed;
                    batchNext = position;
                    batchEnd = position;
                }
                default -> throw new IllegalArgumentException("unknown action: " + action);
            }
        }
        return new Report(offsets(times, logStart, size, 2, Integer.MAX_VALUE),
                offsets(times, logStart, (int) (committed - logStart), 0, 0), committed);
    }

    /** The offsets among the first `limit` records processed between min and max times. */
    private static long[] offsets(int[] times, long logStart, int limit, int min, int max) {
        int count = 0;
        for (int i = 0; i < limit; i++) {
            if (times[i] >= min && times[i] <= max) {
                count++;
            }
        }
        long[] result = new long[count];
        int k = 0;
        for (int i = 0; i < limit; i++) {
            if (times[i] >= min && times[i] <= max) {
                result[k++] = logStart + i;
            }
        }
        return result;
    }
}
