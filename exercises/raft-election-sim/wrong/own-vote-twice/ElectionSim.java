// Wrong solution: own-vote-twice.
// Mistake modelled: the candidate counts its own vote at the start AND sends
// a RequestVote to itself (the loop does not skip i); it grants that request
// (votedFor == itself) and counts its own vote a second time.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

public class ElectionSim {

    public static final int HEARTBEAT_INTERVAL_MS = 50;

    private static final int FOLLOWER = 0;
    private static final int CANDIDATE = 1;
    private static final int LEADER = 2;

    private static final int REQUEST_VOTE = 0;
    private static final int VOTE_REPLY = 1;
    private static final int APPEND = 2;
    private static final int APPEND_REPLY = 3;

    /** One message in flight. */
    private static final class Msg {
        final long deliverAt;
        final int type;
        final int from;
        final int to;
        final int term;
        final boolean granted;   // replies
        final int lastLogIndex;  // RequestVote
        final int lastLogTerm;   // RequestVote

        Msg(long deliverAt, int type, int from, int to, int term, boolean granted, int lastLogIndex, int lastLogTerm) {
            this.deliverAt = deliverAt;
            this.type = type;
            this.from = from;
            this.to = to;
            this.term = term;
            this.granted = granted;
            this.lastLogIndex = lastLogIndex;
            this.lastLogTerm = lastLogTerm;
        }
    }

    private final int n;
    private final int delay;
    private final boolean[][] link;
    private final int[] lastIndex;
    private final int[] lastTerm;
    private final int[][] timeouts;
    private final int[] elections;      // elections started so far, per node
    private final int[] term;
    private final int[] votedFor;
    private final int[] role;
    private final long[] deadline;      // election timer; -1 while leader
    private final long[] nextHeartbeat; // -1 unless leader
    private final boolean[][] votes;    // votes[c][v]: v granted c's vote in c's current election
    private final int[] voteCount;
    private final List<Integer> leaderByTerm = new ArrayList<>(); // index = term
    private final ArrayDeque<Msg> queue = new ArrayDeque<>();
    private final List<String> trace = new ArrayList<>();
    private long now = 0;

    public ElectionSim(int n, int[][] logTerms, int[] logLens, int[][] timeoutsMs, int rpcDelayMs, boolean[][] link) {
        this.n = n;
        this.delay = rpcDelayMs;
        this.link = new boolean[n][n];
        this.lastIndex = new int[n];
        this.lastTerm = new int[n];
        this.timeouts = new int[n][];
        this.elections = new int[n];
        this.term = new int[n];
        this.votedFor = new int[n];
        this.role = new int[n];
        this.deadline = new long[n];
        this.nextHeartbeat = new long[n];
        this.votes = new boolean[n][n];
        this.voteCount = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                this.link[i][j] = link[i][j];
            }
            lastIndex[i] = logLens[i];
            lastTerm[i] = logTerms[i][logLens[i]];
            timeouts[i] = timeoutsMs[i].clone();
            term[i] = lastTerm[i];
            votedFor[i] = -1;
            role[i] = FOLLOWER;
            deadline[i] = timeouts[i][0];
            nextHeartbeat[i] = -1;
        }
    }

    public void setLink(int from, int to, boolean up) {
        link[from][to] = up;
    }

    public void runUntil(long tMs) {
        while (true) {
            long next = Long.MAX_VALUE;
            if (!queue.isEmpty()) {
                next = queue.peekFirst().deliverAt;
            }
            for (int i = 0; i < n; i++) {
                if (deadline[i] >= 0) {
                    next = Math.min(next, deadline[i]);
                }
                if (nextHeartbeat[i] >= 0) {
                    next = Math.min(next, nextHeartbeat[i]);
                }
            }
            if (next > tMs) {
                break;
            }
            now = next;
            // Phase 1: every message due now, in the order it was sent.
            while (!queue.isEmpty() && queue.peekFirst().deliverAt == now) {
                deliver(queue.pollFirst());
            }
            // Phase 2: timers due now, by node id.
            for (int i = 0; i < n; i++) {
                if (role[i] == LEADER) {
                    if (nextHeartbeat[i] == now) {
                        broadcastHeartbeat(i);
                    }
                } else if (deadline[i] == now) {
                    startElection(i);
                }
            }
        }
        if (tMs > now) {
            now = tMs;
        }
    }

    public int leaderOf(int t) {
        if (t < 0 || t >= leaderByTerm.size()) {
            return -1;
        }
        return leaderByTerm.get(t);
    }

    public int currentTerm(int node) {
        return term[node];
    }

    public List<String> trace() {
        return new ArrayList<>(trace);
    }

    // ---- internals ----

    private void send(int type, int from, int to, int t, boolean granted, int lastIdx, int lastT) {
        if (link[from][to] || from == to) { // a message to oneself always arrives
            queue.addLast(new Msg(now + delay, type, from, to, t, granted, lastIdx, lastT));
        }
    }

    private void log(int node, String what) {
        trace.add(now + " " + node + " " + what + " " + term[node]);
    }

    private void armTimer(int i) {
        deadline[i] = now + timeouts[i][elections[i] % timeouts[i].length];
    }

    private void startElection(int i) {
        term[i]++;
        role[i] = CANDIDATE;
        votedFor[i] = i;
        elections[i]++;
        armTimer(i);
        for (int v = 0; v < n; v++) {
            votes[i][v] = false;
        }
        voteCount[i] = 1; // its own vote, counted here
        log(i, "candidate");
        if (2 * voteCount[i] > n) {
            becomeLeader(i);
            return;
        }
        for (int j = 0; j < n; j++) {
            // bug: also sends to itself, and the reply counts again
            send(REQUEST_VOTE, i, j, term[i], false, lastIndex[i], lastTerm[i]);
        }
    }

    private void becomeLeader(int i) {
        role[i] = LEADER;
        deadline[i] = -1;
        while (leaderByTerm.size() <= term[i]) {
            leaderByTerm.add(-1);
        }
        leaderByTerm.set(term[i], i);
        log(i, "leader");
        broadcastHeartbeat(i);
    }

    private void broadcastHeartbeat(int i) {
        for (int j = 0; j < n; j++) {
            if (j != i) {
                send(APPEND, i, j, term[i], false, 0, 0);
            }
        }
        nextHeartbeat[i] = now + HEARTBEAT_INTERVAL_MS;
    }

    private void stepDown(int i) {
        boolean wasLeader = role[i] == LEADER;
        role[i] = FOLLOWER;
        nextHeartbeat[i] = -1;
        if (wasLeader) {
            armTimer(i);
        }
        log(i, "follower");
    }

    private void deliver(Msg m) {
        int j = m.to;
        if (m.term > term[j]) {
            term[j] = m.term;
            votedFor[j] = -1;
            if (role[j] != FOLLOWER) {
                stepDown(j);
            }
        }
        switch (m.type) {
            case REQUEST_VOTE: {
                boolean upToDate = m.lastLogTerm > lastTerm[j]
                        || (m.lastLogTerm == lastTerm[j] && m.lastLogIndex >= lastIndex[j]);
                boolean grant = m.term == term[j] && (votedFor[j] == -1 || votedFor[j] == m.from) && upToDate;
                if (grant) {
                    votedFor[j] = m.from;
                    armTimer(j);
                }
                send(VOTE_REPLY, j, m.from, term[j], grant, 0, 0);
                break;
            }
            case VOTE_REPLY: {
                if (role[j] == CANDIDATE && m.term == term[j] && m.granted && !votes[j][m.from]) {
                    votes[j][m.from] = true;
                    voteCount[j]++;
                    if (2 * voteCount[j] > n) {
                        becomeLeader(j);
                    }
                }
                break;
            }
            case APPEND: {
                if (m.term < term[j]) {
                    send(APPEND_REPLY, j, m.from, term[j], false, 0, 0);
                } else {
                    if (role[j] == CANDIDATE) {
                        stepDown(j);
                    }
                    armTimer(j);
                    send(APPEND_REPLY, j, m.from, term[j], true, 0, 0);
                }
                break;
            }
            default: // APPEND_REPLY: only the term rule above matters
                break;
        }
    }
}
