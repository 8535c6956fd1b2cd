import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Deterministic election simulator: examples from the statement")
class ElectionSimTest {

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

    @Test
    @Points(1)
    @DisplayName("Example 1: three servers, empty logs, timeouts 150, 200, 250")
    void example1() {
        ElectionSim sim = new ElectionSim(3, emptyLogs(3), new int[3],
                new int[][] {{150}, {200}, {250}}, 10, allLinks(3));
        sim.runUntil(1000);
        assertEquals(List.of("150 0 candidate 1", "170 0 leader 1"), sim.trace(), "trace()");
        assertEquals(0, sim.leaderOf(1), "leaderOf(1)");
        for (int i = 0; i < 3; i++) {
            assertEquals(1, sim.currentTerm(i), "currentTerm(" + i + ")");
        }
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: three servers whose first timeouts are all 150")
    void example2() {
        ElectionSim sim = new ElectionSim(3, emptyLogs(3), new int[3],
                new int[][] {{150, 300}, {150, 220}, {150, 260}}, 10, allLinks(3));
        sim.runUntil(1000);
        assertEquals(Arrays.asList("150 0 candidate 1", "150 1 candidate 1", "150 2 candidate 1",
                "370 1 candidate 2", "380 0 follower 2", "380 2 follower 2", "390 1 leader 2"),
                sim.trace(), "trace()");
        assertEquals(-1, sim.leaderOf(1), "leaderOf(1)");
        assertEquals(1, sim.leaderOf(2), "leaderOf(2)");
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: the server with the smallest timeout has a stale log")
    void example3() {
        int[][] logs = {{0, 1, 1}, {0, 1, 1, 2}, {0, 1, 1, 2}};
        ElectionSim sim = new ElectionSim(3, logs, new int[] {2, 3, 3},
                new int[][] {{100}, {200}, {300}}, 10, allLinks(3));
        sim.runUntil(1000);
        assertEquals(Arrays.asList("100 0 candidate 2", "200 0 candidate 3", "200 1 candidate 3",
                "220 1 leader 3", "230 0 follower 3"), sim.trace(), "trace()");
        assertEquals(-1, sim.leaderOf(2), "leaderOf(2)");
        assertEquals(1, sim.leaderOf(3), "leaderOf(3)");
        assertEquals(3, sim.currentTerm(0), "currentTerm(0)");
    }
}
