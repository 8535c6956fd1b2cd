import java.util.ArrayList;
import java.util.List;

public class ElectionSim {

    public static final int HEARTBEAT_INTERVAL_MS = 50;

    public ElectionSim(int n, int[][] logTerms, int[] logLens, int[][] timeoutsMs, int rpcDelayMs, boolean[][] link) {
        // TODO: copy what you need from the arguments (see exercise.md for the model).
    }

    /** Changes the link from -> to for messages sent from now on. */
    public void setLink(int from, int to, boolean up) {
        // TODO
    }

    /** Processes every instant t with now < t <= tMs. */
    public void runUntil(long tMs) {
        // TODO
    }

    /** The server that won the given term, or -1 if no server did. */
    public int leaderOf(int term) {
        // TODO
        return -1;
    }

    /** The current term of the given server. */
    public int currentTerm(int node) {
        // TODO
        return 0;
    }

    /** The role changes so far, oldest first, as "<t> <server> <role> <term>". */
    public List<String> trace() {
        // TODO
        return new ArrayList<>();
    }
}
