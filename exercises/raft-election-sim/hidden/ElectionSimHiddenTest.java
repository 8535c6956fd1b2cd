import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the scenario, never the answer. */
@DisplayName("Deterministic election simulator: hidden tests")
class ElectionSimHiddenTest {

    private static final long SEED = 20261129L;

    // ------------------------------------------------------------------
    // Oracle: the model of the statement, re-implemented tick by tick
    // (one loop iteration per millisecond) with a plain message list.
    // ------------------------------------------------------------------

    static final class Oracle {
        final int n;
        final int delay;
        final boolean[][] link;
        final int[] lastIdx;
        final int[] lastTerm;
        final int[][] queues;
        final int[] electionsStarted;
        final int[] term;
        final int[] voted;
        final String[] role;
        final long[] deadline;
        final long[] heartbeatAt;
        final boolean[][] gotVote;
        final Map<Integer, Integer> winner = new HashMap<>();
        final List<long[]> inFlight = new ArrayList<>(); // {at, kind, from, to, term, flag, idx, lterm}
        final List<String> lines = new ArrayList<>();
        int head = 0; // first undelivered message in inFlight
        long t = 0;

        Oracle(int n, int[][] logTerms, int[] logLens, int[][] timeouts, int delay, boolean[][] link) {
            this.n = n;
            this.delay = delay;
            this.link = new boolean[n][];
            lastIdx = new int[n];
            lastTerm = new int[n];
            queues = new int[n][];
            electionsStarted = new int[n];
            term = new int[n];
            voted = new int[n];
            role = new String[n];
            deadline = new long[n];
            heartbeatAt = new long[n];
            gotVote = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                this.link[i] = link[i].clone();
                lastIdx[i] = logLens[i];
                lastTerm[i] = logTerms[i][logLens[i]];
                queues[i] = timeouts[i].clone();
                term[i] = lastTerm[i];
                voted[i] = -1;
                role[i] = "follower";
                deadline[i] = queues[i][0];
                heartbeatAt[i] = Long.MAX_VALUE;
            }
        }

        int timeoutOf(int i) {
            return queues[i][electionsStarted[i] % queues[i].length];
        }

        void post(int kind, int from, int to, int tm, boolean flag, int idx, int lterm) {
            if (link[from][to]) {
                inFlight.add(new long[] {t + delay, kind, from, to, tm, flag ? 1 : 0, idx, lterm});
            }
        }

        void note(int i) {
            lines.add(t + " " + i + " " + role[i] + " " + term[i]);
        }

        void win(int i) {
            role[i] = "leader";
            deadline[i] = Long.MAX_VALUE;
            winner.put(term[i], i);
            note(i);
            heartbeats(i);
        }

        void heartbeats(int i) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    post(2, i, j, term[i], false, 0, 0);
                }
            }
            heartbeatAt[i] = t + 50;
        }

        void campaign(int i) {
            term[i] += 1;
            role[i] = "candidate";
            voted[i] = i;
            electionsStarted[i] += 1;
            deadline[i] = t + timeoutOf(i);
            Arrays.fill(gotVote[i], false);
            gotVote[i][i] = true;
            note(i);
            if (2 > n) {
                win(i);
                return;
            }
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    post(0, i, j, term[i], false, lastIdx[i], lastTerm[i]);
                }
            }
        }

        void handle(long[] m) {
            int kind = (int) m[1];
            int from = (int) m[2];
            int me = (int) m[3];
            int tm = (int) m[4];
            if (tm > term[me]) {
                term[me] = tm;
                voted[me] = -1;
                if (!role[me].equals("follower")) {
                    if (role[me].equals("leader")) {
                        deadline[me] = t + timeoutOf(me);
                        heartbeatAt[me] = Long.MAX_VALUE;
                    }
                    role[me] = "follower";
                    note(me);
                }
            }
            if (kind == 0) {
                int idx = (int) m[6];
                int lterm = (int) m[7];
                boolean fresh = lterm != lastTerm[me] ? lterm > lastTerm[me] : idx >= lastIdx[me];
                boolean ok = tm == term[me] && (voted[me] < 0 || voted[me] == from) && fresh;
                if (ok) {
                    voted[me] = from;
                    deadline[me] = t + timeoutOf(me);
                }
                post(1, me, from, term[me], ok, 0, 0);
            } else if (kind == 1) {
                if (role[me].equals("candidate") && tm == term[me] && m[5] == 1) {
                    gotVote[me][from] = true;
                    int count = 0;
                    for (boolean b : gotVote[me]) {
                        if (b) {
                            count++;
                        }
                    }
                    if (2 * count > n) {
                        win(me);
                    }
                }
            } else if (kind == 2) {
                if (tm < term[me]) {
                    post(3, me, from, term[me], false, 0, 0);
                } else {
                    if (role[me].equals("candidate")) {
                        role[me] = "follower";
                        note(me);
                    }
                    deadline[me] = t + timeoutOf(me);
                    post(3, me, from, term[me], true, 0, 0);
                }
            }
        }

        void runUntil(long until) {
            while (t < until) {
                t++;
                // Equal delays: messages due now are a prefix of the in-flight list.
                while (head < inFlight.size() && inFlight.get(head)[0] == t) {
                    handle(inFlight.get(head));
                    head++;
                }
                if (head > 4096) {
                    inFlight.subList(0, head).clear();
                    head = 0;
                }
                for (int i = 0; i < n; i++) {
                    if (role[i].equals("leader")) {
                        if (heartbeatAt[i] == t) {
                            heartbeats(i);
                        }
                    } else if (deadline[i] == t) {
                        campaign(i);
                    }
                }
            }
        }

        int leaderOf(int tm) {
            return winner.getOrDefault(tm, -1);
        }
    }

    // ------------------------------------------------------------------
    // A scenario runs both the student's simulator and the oracle.
    // ------------------------------------------------------------------

    /** A scenario: constructor arguments plus a script of link changes. */
    static final class Scenario {
        final int n;
        final int[][] logs;
        final int[] lens;
        final int[][] timeouts;
        final int delay;
        final boolean[][] link;
        final List<long[]> script = new ArrayList<>(); // {runUntil} or {-1, from, to, up}
        final String name;

        Scenario(String name, int n, int[][] logs, int[] lens, int[][] timeouts, int delay, boolean[][] link) {
            this.name = name;
            this.n = n;
            this.logs = logs;
            this.lens = lens;
            this.timeouts = timeouts;
            this.delay = delay;
            this.link = link;
        }

        Scenario run(long until) {
            script.add(new long[] {until});
            return this;
        }

        Scenario cut(int a, int b) {
            script.add(new long[] {-1, a, b, 0});
            script.add(new long[] {-1, b, a, 0});
            return this;
        }

        Scenario heal(int a, int b) {
            script.add(new long[] {-1, a, b, 1});
            script.add(new long[] {-1, b, a, 1});
            return this;
        }

        Scenario oneWay(int from, int to, boolean up) {
            script.add(new long[] {-1, from, to, up ? 1 : 0});
            return this;
        }

        String describe() {
            StringBuilder sb = new StringBuilder(name).append(": n=").append(n).append(", logs=");
            for (int i = 0; i < n; i++) {
                sb.append(Arrays.toString(Arrays.copyOf(logs[i], lens[i] + 1)));
            }
            sb.append(", timeoutsMs=").append(Arrays.deepToString(timeouts)).append(", rpcDelayMs=").append(delay);
            sb.append(", down links=[");
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && !link[i][j]) {
                        sb.append(i).append("->").append(j).append(' ');
                    }
                }
            }
            sb.append("], script=");
            for (long[] s : script) {
                sb.append(s.length == 1 ? "runUntil(" + s[0] + ") "
                        : "setLink(" + s[1] + "," + s[2] + "," + (s[3] == 1) + ") ");
            }
            return sb.toString();
        }
    }

    private static boolean[][] allLinks(int n) {
        boolean[][] link = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                link[i][j] = i != j;
            }
        }
        return link;
    }

    private static int[][] emptyLogs(int n) {
        int[][] logs = new int[n][];
        for (int i = 0; i < n; i++) {
            logs[i] = new int[] {0};
        }
        return logs;
    }

    private static int[][] single(int... timeouts) {
        int[][] q = new int[timeouts.length][];
        for (int i = 0; i < timeouts.length; i++) {
            q[i] = new int[] {timeouts[i]};
        }
        return q;
    }

    /** Result of running a scenario on the student's simulator. */
    static final class Outcome {
        List<String> trace;
        int[] terms;
        int[] leaders; // leaderOf(0..maxTerm+2)
    }

    private static Outcome runStudent(Scenario s, Supplier<String> description) {
        try {
            ElectionSim sim = new ElectionSim(s.n, deepCopy(s.logs), s.lens.clone(), deepCopy(s.timeouts),
                    s.delay, deepCopy(s.link));
            for (long[] step : s.script) {
                if (step.length == 1) {
                    sim.runUntil(step[0]);
                } else {
                    sim.setLink((int) step[1], (int) step[2], step[3] == 1);
                }
            }
            Outcome o = new Outcome();
            o.trace = new ArrayList<>(sim.trace());
            o.terms = new int[s.n];
            int maxTerm = 0;
            for (int i = 0; i < s.n; i++) {
                o.terms[i] = sim.currentTerm(i);
                maxTerm = Math.max(maxTerm, o.terms[i]);
            }
            o.leaders = new int[maxTerm + 3];
            for (int tm = 0; tm < o.leaders.length; tm++) {
                o.leaders[tm] = sim.leaderOf(tm);
            }
            return o;
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description.get() + " threw " + e, e);
        }
    }

    private static Oracle runOracle(Scenario s) {
        Oracle o = new Oracle(s.n, s.logs, s.lens, s.timeouts, s.delay, s.link);
        for (long[] step : s.script) {
            if (step.length == 1) {
                o.runUntil(step[0]);
            } else {
                o.link[(int) step[1]][(int) step[2]] = step[3] == 1;
            }
        }
        return o;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static boolean[][] deepCopy(boolean[][] a) {
        boolean[][] c = new boolean[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Compares everything the student's simulator exposes with the oracle. */
    private static Outcome checkAgainstOracle(Scenario s, String prefix) {
        Supplier<String> description = () -> prefix + s.describe();
        Outcome got = runStudent(s, description);
        Oracle want = runOracle(s);
        assertEquals(want.lines, got.trace, () -> description.get() + "\ntrace()");
        for (int i = 0; i < s.n; i++) {
            final int node = i;
            assertEquals(want.term[i], got.terms[i], () -> description.get() + "\ncurrentTerm(" + node + ")");
        }
        for (int tm = 0; tm < got.leaders.length; tm++) {
            final int term = tm;
            assertEquals(want.leaderOf(tm), got.leaders[tm], () -> description.get() + "\nleaderOf(" + term + ")");
        }
        return got;
    }

    /** Election Safety over a trace: at most one "leader" line per term. */
    private static void assertElectionSafety(List<String> trace, Supplier<String> description) {
        Map<Integer, Integer> leaders = new HashMap<>();
        for (String line : trace) {
            String[] parts = line.split(" ");
            if (parts.length == 4 && parts[2].equals("leader")) {
                int tm = Integer.parseInt(parts[3]);
                int node = Integer.parseInt(parts[1]);
                Integer before = leaders.put(tm, node);
                assertTrue(before == null, () -> description.get() + "\ntwo leaders in term " + tm + ": servers "
                        + before + " and " + node + "; trace " + trace);
            }
        }
    }

    // ------------------------------------------------------------------
    // Scenario tests
    // ------------------------------------------------------------------

    @Test
    @Points(2)
    @DisplayName("Five servers with empty logs, server 3 has the smallest timeout")
    void smallestTimeoutFirst() {
        Scenario s = new Scenario("smallest timeout", 5, emptyLogs(5), new int[5],
                single(260, 230, 280, 150, 300), 10, allLinks(5)).run(2000);
        Outcome o = checkAgainstOracle(s, "");
        assertEquals(3, o.leaders[1], "leaderOf(1)");
    }

    @Test
    @Points(2)
    @DisplayName("Five servers, the one with the smallest timeout has a shorter log of the same last term")
    void staleLogSmallestTimeout() {
        int[][] logs = {{0, 1, 2}, {0, 1, 2, 2}, {0, 1, 2, 2}, {0, 1, 2, 2}, {0, 1, 2}};
        Scenario s = new Scenario("stale log", 5, logs, new int[] {2, 3, 3, 3, 2},
                new int[][] {{100, 400}, {150}, {250}, {300}, {350}}, 10, allLinks(5)).run(3000);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(2)
    @DisplayName("Four servers with equal first timeouts and different second ones")
    void splitVoteThenWinner() {
        Scenario s = new Scenario("split vote", 4, emptyLogs(4), new int[4],
                new int[][] {{200, 330}, {200, 310}, {200, 350}, {200, 370}}, 15, allLinks(4)).run(2000);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(2)
    @DisplayName("Two servers with one equal timeout forever")
    void endlessSplit() {
        Scenario s = new Scenario("endless split", 2, emptyLogs(2), new int[2],
                single(120, 120), 5, allLinks(2)).run(1000);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(3)
    @DisplayName("Five servers, servers 3 and 4 cut off from the others from the start")
    void minorityPartition() {
        Scenario s = new Scenario("minority partition", 5, emptyLogs(5), new int[5],
                new int[][] {{300}, {250}, {350}, {100, 130}, {110, 140}}, 10, allLinks(5));
        for (int a = 3; a <= 4; a++) {
            for (int b = 0; b <= 2; b++) {
                s.cut(a, b);
            }
        }
        s.run(3000);
        Outcome o = checkAgainstOracle(s, "");
        for (String line : o.trace) {
            assertTrue(!line.matches("\\d+ [34] leader \\d+"), () -> s.describe() + ": " + line);
        }
    }

    @Test
    @Points(3)
    @DisplayName("Five servers: server 0 (smallest timeout) and server 1 cut off from the rest at 400 ms, healed at 1500 ms")
    void oldLeaderAfterHealing() {
        Scenario s = new Scenario("heal", 5, emptyLogs(5), new int[5],
                new int[][] {{100}, {200, 260}, {210, 330}, {220, 240}, {230, 250}}, 10, allLinks(5));
        s.run(400);
        for (int a = 0; a <= 1; a++) {
            for (int b = 2; b <= 4; b++) {
                s.cut(a, b);
            }
        }
        s.run(1500);
        for (int a = 0; a <= 1; a++) {
            for (int b = 2; b <= 4; b++) {
                s.heal(a, b);
            }
        }
        s.run(2500);
        Outcome o = checkAgainstOracle(s, "");
        assertTrue(o.trace.stream().anyMatch(l -> l.matches("\\d+ 0 follower \\d+")),
                () -> s.describe() + ": the old leader never stepped down; trace " + o.trace);
    }

    @Test
    @Points(2)
    @DisplayName("A vote request arrives at a follower exactly at its own deadline")
    void voteArrivesAtDeadline() {
        Scenario s = new Scenario("reset on vote", 3, emptyLogs(3), new int[3],
                single(150, 160, 400), 10, allLinks(3)).run(1000);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(2)
    @DisplayName("A candidate hears a heartbeat of its own term")
    void candidateMeetsLeaderSameTerm() {
        // 0 and 1 start term 1 together; 2 and 3 vote for 0 (its request is sent first).
        Scenario s = new Scenario("same-term heartbeat", 4, emptyLogs(4), new int[4],
                new int[][] {{100, 500}, {100, 600}, {300}, {300}}, 10, allLinks(4)).run(1500);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(2)
    @DisplayName("Servers learn a higher term from a vote reply")
    void higherTermInReply() {
        // Server 2 (shortest log) cannot send at first; it campaigns twice alone and
        // reaches term 7. Then its links open; server 0 campaigns in term 6.
        int[][] logs = {{0, 1, 5, 5}, {0, 1, 5, 5}, {0, 5}};
        Scenario s = new Scenario("higher term in reply", 3, logs, new int[] {3, 3, 1},
                new int[][] {{300}, {450}, {100, 50, 2000}}, 10, allLinks(3));
        s.oneWay(2, 0, false).oneWay(2, 1, false).run(160);
        s.oneWay(2, 0, true).oneWay(2, 1, true).run(3000);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(1)
    @DisplayName("A single-server cluster")
    void singleServer() {
        Scenario s = new Scenario("single server", 1, new int[][] {{0, 4}}, new int[] {1},
                single(170), 10, new boolean[][] {{false}}).run(1000);
        Outcome o = checkAgainstOracle(s, "");
        assertEquals(5, o.terms[0], "currentTerm(0)");
    }

    @Test
    @Points(2)
    @DisplayName("Two servers with a one-way link")
    void oneWayLink() {
        boolean[][] link = allLinks(2);
        link[1][0] = false;
        Scenario s = new Scenario("one-way link", 2, emptyLogs(2), new int[2],
                single(100, 180), 10, link).run(1200);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(1)
    @DisplayName("Timeout queues shorter than the number of elections (wrap around)")
    void queueWraps() {
        boolean[][] link = allLinks(3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                link[i][j] = false; // nobody can talk: elections forever
            }
        }
        Scenario s = new Scenario("wrap", 3, emptyLogs(3), new int[3],
                new int[][] {{100, 30, 70}, {90, 40}, {500}}, 10, link).run(600);
        checkAgainstOracle(s, "");
    }

    @Test
    @Points(1)
    @DisplayName("leaderOf for negative, zero and never-reached terms")
    void leaderOfUnknownTerms() {
        try {
            ElectionSim sim = new ElectionSim(3, emptyLogs(3), new int[3], single(150, 200, 250), 10, allLinks(3));
            sim.runUntil(1000);
            assertEquals(-1, sim.leaderOf(-3), "leaderOf(-3)");
            assertEquals(-1, sim.leaderOf(0), "leaderOf(0)");
            assertEquals(-1, sim.leaderOf(2), "leaderOf(2)");
            assertEquals(-1, sim.leaderOf(1000), "leaderOf(1000)");
        } catch (RuntimeException | StackOverflowError e) {
            fail("three servers with timeouts 150, 200, 250, runUntil(1000), then leaderOf(...) threw " + e, e);
        }
    }

    @Test
    @Points(2)
    @DisplayName("The same run in one runUntil call and in many 1 ms steps")
    void splitRunsAgree() {
        int[][] timeouts = {{150, 300}, {150, 220}, {150, 260}};
        String d = "three servers, timeouts " + Arrays.deepToString(timeouts);
        try {
            ElectionSim one = new ElectionSim(3, emptyLogs(3), new int[3], deepCopy(timeouts), 10, allLinks(3));
            one.runUntil(800);
            ElectionSim many = new ElectionSim(3, emptyLogs(3), new int[3], deepCopy(timeouts), 10, allLinks(3));
            for (long t = 0; t <= 800; t++) {
                many.runUntil(t);
                many.runUntil(t); // repeating the same instant changes nothing
            }
            assertEquals(one.trace(), many.trace(), d + ": runUntil(800) versus runUntil(0), runUntil(1), ...");
            assertEquals(runOracleTrace(timeouts), one.trace(), d + ": trace()");
        } catch (RuntimeException | StackOverflowError e) {
            fail(d + " threw " + e, e);
        }
    }

    private static List<String> runOracleTrace(int[][] timeouts) {
        Oracle o = new Oracle(3, emptyLogs(3), new int[3], timeouts, 10, allLinks(3));
        o.runUntil(800);
        return o.lines;
    }

    @Test
    @Points(1)
    @DisplayName("The constructor's arrays are changed by the caller after construction")
    void constructorCopies() {
        int[][] logs = emptyLogs(3);
        int[] lens = new int[3];
        int[][] timeouts = single(150, 200, 250);
        boolean[][] link = allLinks(3);
        try {
            ElectionSim sim = new ElectionSim(3, logs, lens, timeouts, 10, link);
            timeouts[0][0] = 900;
            timeouts[1][0] = 100;
            link[0][1] = false;
            link[0][2] = false;
            sim.runUntil(1000);
            assertEquals(List.of("150 0 candidate 1", "170 0 leader 1"), sim.trace(),
                    "three servers, timeouts 150, 200, 250, arrays modified after the constructor: trace()");
            List<String> copy = sim.trace();
            copy.clear();
            assertEquals(2, sim.trace().size(), "clearing the list returned by trace() changed the simulator");
        } catch (RuntimeException | StackOverflowError e) {
            fail("three servers, timeouts 150, 200, 250 threw " + e, e);
        }
    }

    @Test
    @Points(1)
    @DisplayName("Nine servers, 200000 ms, the first leader cut off from everyone halfway")
    void largeRun() {
        int n = 9;
        int[][] timeouts = new int[n][];
        for (int i = 0; i < n; i++) {
            timeouts[i] = new int[] {150 + 17 * i, 160 + 23 * ((i * 5) % 9), 155 + 11 * ((i * 7) % 9)};
        }
        Scenario s = new Scenario("large", n, emptyLogs(n), new int[n], timeouts, 7, allLinks(n));
        s.run(100_000);
        for (int b = 1; b < n; b++) {
            s.cut(0, b);
        }
        s.run(200_000);
        String description = s.describe();
        Outcome got = runStudent(s, () -> description);
        assertElectionSafety(got.trace, () -> description);
        assertEquals(0, got.leaders[1], description + "\nleaderOf(1)");
        Oracle want = runOracle(s);
        assertEquals(want.lines, got.trace, description + "\ntrace()");
        for (int i = 0; i < n; i++) {
            assertEquals(want.term[i], got.terms[i], description + "\ncurrentTerm(" + i + ")");
        }
    }

    // ------------------------------------------------------------------
    // Property tests
    // ------------------------------------------------------------------

    private static Scenario randomScenario(Random r, int c) {
        int n = 1 + r.nextInt(7);
        int[][] logs = new int[n][];
        int[] lens = new int[n];
        for (int i = 0; i < n; i++) {
            lens[i] = r.nextInt(4);
            logs[i] = new int[lens[i] + 1 + r.nextInt(2)];
            int tm = 1;
            for (int k = 1; k <= lens[i]; k++) {
                tm += r.nextInt(3) == 0 ? 1 : 0;
                logs[i][k] = tm;
            }
        }
        int[] pool = {100, 120, 150, 150, 180, 200, 200, 240};
        int[][] timeouts = new int[n][];
        for (int i = 0; i < n; i++) {
            timeouts[i] = new int[1 + r.nextInt(3)];
            for (int k = 0; k < timeouts[i].length; k++) {
                timeouts[i][k] = pool[r.nextInt(pool.length)];
            }
        }
        boolean[][] link = allLinks(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && r.nextInt(8) == 0) {
                    link[i][j] = false;
                }
            }
        }
        Scenario s = new Scenario("case " + c, n, logs, lens, timeouts, 1 + r.nextInt(25), link);
        long t = 0;
        int phases = 1 + r.nextInt(4);
        for (int p = 0; p < phases; p++) {
            t += 100 + r.nextInt(700);
            s.run(t);
            int changes = r.nextInt(4);
            for (int k = 0; k < changes && n > 1; k++) {
                int a = r.nextInt(n);
                int b = (a + 1 + r.nextInt(n - 1)) % n;
                s.oneWay(a, b, r.nextBoolean());
            }
        }
        s.run(t + 300 + r.nextInt(500));
        return s;
    }

    @Test
    @Points(4)
    @DisplayName("150 random clusters with random logs, timeout queues and link changes")
    void randomAgainstOracle() {
        Random r = new Random(SEED);
        for (int c = 0; c < 150; c++) {
            Scenario s = randomScenario(r, c);
            checkAgainstOracle(s, "seed " + SEED + ", ");
        }
    }

    @Test
    @Points(3)
    @DisplayName("Election Safety and term invariants over 200 random runs with partitions")
    void electionSafety() {
        Random r = new Random(SEED + 7);
        for (int c = 0; c < 200; c++) {
            Scenario s = randomScenario(r, c);
            Supplier<String> description = () -> "seed " + (SEED + 7) + ", " + s.describe();
            Outcome o = runStudent(s, description);
            assertElectionSafety(o.trace, description);
            // Terms start at the last log term and never go down.
            int[] lastSeen = new int[s.n];
            for (int i = 0; i < s.n; i++) {
                lastSeen[i] = s.logs[i][s.lens[i]];
            }
            for (String line : o.trace) {
                String[] parts = line.split(" ");
                int node = Integer.parseInt(parts[1]);
                int tm = Integer.parseInt(parts[3]);
                assertTrue(tm >= lastSeen[node], () -> description.get() + "\nserver " + node
                        + "'s term went below its previous term or its last log term at \"" + line + "\"; trace "
                        + o.trace);
                lastSeen[node] = tm;
            }
            for (int i = 0; i < s.n; i++) {
                final int node = i;
                assertTrue(o.terms[i] >= lastSeen[i], () -> description.get() + "\ncurrentTerm(" + node + ") = "
                        + o.terms[node] + " is below its last log term or a term in its trace " + o.trace);
            }
            // leaderOf names only servers that the trace shows winning that term.
            for (int tm = 0; tm < o.leaders.length; tm++) {
                if (o.leaders[tm] != -1) {
                    final int term = tm;
                    assertTrue(o.trace.stream().anyMatch(l -> l.endsWith(" " + o.leaders[term] + " leader " + term)
                            && l.split(" ")[1].equals(String.valueOf(o.leaders[term]))),
                            () -> description.get() + "\nleaderOf(" + term + ") = " + o.leaders[term]
                                    + " but the trace has no such win: " + o.trace);
                }
            }
            // leaderOf agrees with the trace.
            for (String line : o.trace) {
                String[] parts = line.split(" ");
                if (parts.length == 4 && parts[2].equals("leader")) {
                    int tm = Integer.parseInt(parts[3]);
                    if (tm < o.leaders.length) {
                        assertEquals(Integer.parseInt(parts[1]), o.leaders[tm],
                                () -> description.get() + "\nleaderOf(" + tm + ") disagrees with trace " + o.trace);
                    }
                }
            }
        }
    }
}
