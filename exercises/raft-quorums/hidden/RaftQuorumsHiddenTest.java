import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Quorums for membership changes: hidden tests")
class RaftQuorumsHiddenTest {

    private static final long SEED = 20261127L;

    private static String s(int[] a) {
        return Arrays.toString(a);
    }

    // ---- calls wrapped so that an exception becomes a readable failure ----

    private static boolean majority(int[] config, int[] acks) {
        String d = "isMajority(" + s(config) + ", " + s(acks) + ")";
        try {
            return RaftQuorums.isMajority(config.clone(), acks.clone());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static boolean joint(int[] cOld, int[] cNew, int[] acks) {
        String d = "hasJointMajority(" + s(cOld) + ", " + s(cNew) + ", " + s(acks) + ")";
        try {
            return RaftQuorums.hasJointMajority(cOld.clone(), cNew.clone(), acks.clone());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static boolean single(int[] cOld, int[] cNew) {
        String d = "isSingleServerChange(" + s(cOld) + ", " + s(cNew) + ")";
        try {
            return RaftQuorums.isSingleServerChange(cOld.clone(), cNew.clone());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(d + " threw " + e, e);
        }
    }

    private static void checkMajority(boolean expected, int[] config, int[] acks) {
        assertEquals(expected, majority(config, acks), () -> "isMajority(" + s(config) + ", " + s(acks) + ")");
    }

    private static void checkJoint(boolean expected, int[] cOld, int[] cNew, int[] acks) {
        assertEquals(expected, joint(cOld, cNew, acks),
                () -> "hasJointMajority(" + s(cOld) + ", " + s(cNew) + ", " + s(acks) + ")");
    }

    private static void checkSingle(boolean expected, int[] cOld, int[] cNew) {
        assertEquals(expected, single(cOld, cNew),
                () -> "isSingleServerChange(" + s(cOld) + ", " + s(cNew) + ")");
    }

    private static int[] a(int... xs) {
        return xs;
    }

    // ---- oracles (sets are fine in tests) ----

    private static Set<Integer> set(int[] xs) {
        Set<Integer> out = new HashSet<>();
        for (int x : xs) {
            out.add(x);
        }
        return out;
    }

    private static boolean oracleMajority(int[] config, int[] acks) {
        Set<Integer> got = set(acks);
        int k = 0;
        for (int m : config) {
            if (got.contains(m)) {
                k++;
            }
        }
        return 2 * k > config.length;
    }

    private static boolean oracleSingle(int[] cOld, int[] cNew) {
        Set<Integer> sym = set(cOld);
        for (int x : cNew) {
            if (!sym.remove(x)) {
                sym.add(x);
            }
        }
        return sym.size() == 1;
    }

    private static int[] members(int mask) {
        int[] out = new int[Integer.bitCount(mask)];
        int j = 0;
        for (int id = 1; id <= 6; id++) {
            if ((mask & (1 << (id - 1))) != 0) {
                out[j++] = id;
            }
        }
        return out;
    }

    // ---- tests ----

    @Test
    @Points(2)
    @DisplayName("Thesis example 3 to 9 servers: all three old servers with four, then five, of the nine")
    void thesisOldAllNewFour() {
        checkJoint(false, a(1, 2, 3), a(1, 2, 3, 4, 5, 6, 7, 8, 9), a(1, 2, 3, 4));
        checkJoint(true, a(1, 2, 3), a(1, 2, 3, 4, 5, 6, 7, 8, 9), a(1, 2, 3, 4, 5));
    }

    @Test
    @Points(2)
    @DisplayName("Thesis example 3 to 9 servers: one, then two, old servers with five of the nine")
    void thesisOldOneNewFive() {
        checkJoint(false, a(1, 2, 3), a(1, 2, 3, 4, 5, 6, 7, 8, 9), a(3, 5, 6, 7, 8));
        checkJoint(true, a(1, 2, 3), a(1, 2, 3, 4, 5, 6, 7, 8, 9), a(3, 5, 6, 7, 1));
    }

    @Test
    @Points(1)
    @DisplayName("Thesis example 3 to 9 servers: two old servers and five of the nine, shuffled")
    void thesisTwoAndFive() {
        checkJoint(true, a(1, 2, 3), a(9, 8, 7, 6, 5, 4, 3, 2, 1), a(9, 3, 8, 1, 7));
    }

    @Test
    @Points(2)
    @DisplayName("Disjoint old and new configurations, acks cover the new one and one old server")
    void disjointConfigs() {
        // Union of 6 servers: 4 acks would be a majority of the union.
        checkJoint(false, a(1, 2, 3), a(4, 5, 6), a(4, 5, 6, 1));
        checkJoint(true, a(1, 2, 3), a(4, 5, 6), a(4, 5, 1, 2));
    }

    @Test
    @Points(2)
    @DisplayName("Acks from servers outside the configuration")
    void nonMembers() {
        checkMajority(false, a(1, 2, 3, 4, 5), a(1, 2, 6, 7, 8, 9));
        checkMajority(true, a(1, 2, 3, 4, 5), a(1, 6, 2, 7, 3));
    }

    @Test
    @Points(2)
    @DisplayName("The same member acknowledging several times")
    void duplicates() {
        checkMajority(false, a(1, 2, 3, 4, 5), a(2, 2, 2, 4, 4));
        checkMajority(false, a(1, 2, 3), a(1, 1));
        checkMajority(true, a(1, 2, 3), a(1, 1, 3, 3));
    }

    @Test
    @Points(2)
    @DisplayName("Even-sized configurations with exactly half acknowledging")
    void evenTies() {
        checkMajority(false, a(1, 2), a(1));
        checkMajority(false, a(1, 2, 3, 4, 5, 6), a(1, 2, 3));
        checkMajority(true, a(1, 2, 3, 4, 5, 6), a(1, 2, 3, 6));
        checkMajority(true, a(1, 2), a(2, 1));
    }

    @Test
    @Points(1)
    @DisplayName("A one-server configuration")
    void oneServer() {
        checkMajority(true, a(7), a(7));
        checkMajority(false, a(7), a());
        checkMajority(false, a(7), a(8, 9));
    }

    @Test
    @Points(2)
    @DisplayName("Empty configurations and empty ack lists")
    void empties() {
        checkMajority(false, a(), a());
        checkMajority(false, a(), a(1, 2, 3));
        checkMajority(false, a(1, 2, 3), a());
        checkJoint(false, a(), a(1, 2, 3), a(1, 2, 3));
        checkJoint(false, a(1, 2, 3), a(), a(1, 2, 3));
        checkSingle(true, a(), a(5));
        checkSingle(true, a(5), a());
        checkSingle(false, a(), a());
    }

    @Test
    @Points(2)
    @DisplayName("Replacing, adding two and removing two servers")
    void notSingleChanges() {
        checkSingle(false, a(1, 2, 3), a(1, 2, 3));
        checkSingle(false, a(1, 2, 3), a(3, 2, 1));
        checkSingle(false, a(1, 2, 3), a(1, 2, 4, 5));
        checkSingle(false, a(1, 2, 3, 4), a(1, 2));
        checkSingle(false, a(1, 2, 3), a(4, 5, 6, 7));
        checkSingle(true, a(5, 3, 1), a(1, 3));
        checkSingle(true, a(5, 3, 1), a(2, 1, 3, 5));
    }

    @Test
    @Points(1)
    @DisplayName("Joint configuration whose old and new sets are equal")
    void jointSameConfig() {
        checkJoint(true, a(1, 2, 3, 4), a(4, 3, 2, 1), a(1, 2, 3));
        checkJoint(false, a(1, 2, 3, 4), a(4, 3, 2, 1), a(1, 2));
    }

    @Test
    @Points(1)
    @DisplayName("Largest inputs: 100-server configurations and 300 acks")
    void largest() {
        int[] old = new int[100];
        int[] neu = new int[100];
        for (int i = 0; i < 100; i++) {
            old[i] = 1 + i;             // 1..100
            neu[i] = 1_000_000 - i;     // 999901..1000000
        }
        int[] acks = new int[300];
        for (int i = 0; i < 300; i++) {
            acks[i] = (i < 150) ? 1 + (i % 51) : 1_000_000 - (i % 51); // 51 of each, repeated
        }
        checkJoint(true, old, neu, acks);
        acks[0] = 500; // still 51 of old (id 1 appears again at i = 51)
        checkJoint(true, old, neu, acks);
        int[] fewer = new int[300];
        for (int i = 0; i < 300; i++) {
            fewer[i] = (i % 2 == 0) ? 1 + (i % 50) : 1_000_000 - (i % 51);
        }
        checkJoint(false, old, neu, fewer);
    }

    @Test
    @Points(1)
    @DisplayName("The input arrays are left unchanged")
    void inputsNotModified() {
        int[] old = {5, 1, 3};
        int[] neu = {3, 1, 5, 2};
        int[] acks = {2, 5, 5, 9, 1};
        int[] o = old.clone();
        int[] n = neu.clone();
        int[] k = acks.clone();
        try {
            RaftQuorums.isMajority(old, acks);
            RaftQuorums.hasJointMajority(old, neu, acks);
            RaftQuorums.isSingleServerChange(old, neu);
        } catch (RuntimeException | StackOverflowError e) {
            fail("calling the three functions on [5, 1, 3], [3, 1, 5, 2], [2, 5, 5, 9, 1] threw " + e, e);
        }
        assertArrayEquals(o, old, "cOld/config was modified");
        assertArrayEquals(n, neu, "cNew was modified");
        assertArrayEquals(k, acks, "acks was modified");
    }

    @Test
    @Points(3)
    @DisplayName("Brute force over ids 1..6: every single-server change and the overlap of majorities")
    void singleServerOverlapProperty() {
        for (int oldMask = 0; oldMask < 64; oldMask++) {
            int[] cOld = members(oldMask);
            for (int newMask = 0; newMask < 64; newMask++) {
                int[] cNew = members(newMask);
                boolean expected = Integer.bitCount(oldMask ^ newMask) == 1;
                boolean actual = single(cOld, cNew);
                if (actual != expected) {
                    assertEquals(expected, actual, "isSingleServerChange(" + s(cOld) + ", " + s(cNew) + ")");
                }
                if (!expected) {
                    continue;
                }
                // THESIS 4.1: any majority of C_old and any majority of C_new share a server.
                // Check it with the student's own isMajority over every subset of ids 1..6.
                boolean[] oldMajority = new boolean[64];
                boolean[] newMajority = new boolean[64];
                for (int x = 0; x < 64; x++) {
                    oldMajority[x] = (x & ~oldMask) == 0 && majority(cOld, members(x));
                    newMajority[x] = (x & ~newMask) == 0 && majority(cNew, members(x));
                }
                for (int x = 0; x < 64; x++) {
                    for (int y = 0; y < 64; y++) {
                        if (oldMajority[x] && newMajority[y] && (x & y) == 0) {
                            fail("C_old " + s(cOld) + " -> C_new " + s(cNew) + ": your isMajority accepts "
                                    + s(members(x)) + " for C_old and " + s(members(y))
                                    + " for C_new, and they share no server");
                        }
                    }
                }
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("400 random configurations and ack lists with duplicates and strangers")
    void randomAgainstOracle() {
        Random random = new Random(SEED);
        for (int t = 0; t < 400; t++) {
            int[] cOld = randomConfig(random);
            int[] cNew = random.nextBoolean() ? randomConfig(random) : neighbour(random, cOld);
            int[] acks = new int[random.nextInt(14)];
            for (int i = 0; i < acks.length; i++) {
                acks[i] = 1 + random.nextInt(12);
            }
            String c = "seed " + SEED + ", case " + t + ": ";
            boolean eo = oracleMajority(cOld, acks);
            boolean en = oracleMajority(cNew, acks);
            assertEquals(eo, majority(cOld, acks), c + "isMajority(" + s(cOld) + ", " + s(acks) + ")");
            assertEquals(eo && en, joint(cOld, cNew, acks),
                    c + "hasJointMajority(" + s(cOld) + ", " + s(cNew) + ", " + s(acks) + ")");
            assertEquals(oracleSingle(cOld, cNew), single(cOld, cNew),
                    c + "isSingleServerChange(" + s(cOld) + ", " + s(cNew) + ")");
        }
    }

    private static int[] randomConfig(Random random) {
        int mask = random.nextInt(1 << 10);
        int[] out = new int[Integer.bitCount(mask)];
        int j = 0;
        for (int id = 1; id <= 10; id++) {
            if ((mask & (1 << (id - 1))) != 0) {
                out[j++] = id;
            }
        }
        // shuffle so that order never matters
        for (int i = out.length - 1; i > 0; i--) {
            int r = random.nextInt(i + 1);
            int tmp = out[i];
            out[i] = out[r];
            out[r] = tmp;
        }
        return out;
    }

    /** cOld with one id added or removed, or replaced (a near miss). */
    private static int[] neighbour(Random random, int[] cOld) {
        Set<Integer> ids = set(cOld);
        int kind = random.nextInt(3);
        if ((kind == 0 || kind == 2) && !ids.isEmpty()) {
            ids.remove(cOld[random.nextInt(cOld.length)]);
        }
        if (kind == 1 || kind == 2) {
            int add = 1 + random.nextInt(10);
            while (ids.contains(add)) { // 11 choices, at most 10 taken
                add = 1 + random.nextInt(11);
            }
            ids.add(add);
        }
        int[] out = new int[ids.size()];
        int j = 0;
        for (int x : ids) {
            out[j++] = x;
        }
        return out;
    }
}
