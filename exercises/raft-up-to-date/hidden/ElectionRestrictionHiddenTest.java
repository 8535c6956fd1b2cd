import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Election restriction: hidden tests")
class ElectionRestrictionHiddenTest {

    private static final long SEED = 20261126L;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static boolean call(int ct, int ci, int vt, int vi, String description) {
        try {
            return ElectionRestriction.candidateIsAtLeastAsUpToDate(ct, ci, vt, vi);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return false;
        }
    }

    private static String describe(int ct, int ci, int vt, int vi) {
        return "candidateIsAtLeastAsUpToDate(" + ct + ", " + ci + ", " + vt + ", " + vi + ")";
    }

    private static void check(boolean expected, int ct, int ci, int vt, int vi) {
        String description = describe(ct, ci, vt, vi);
        assertEquals(expected, call(ct, ci, vt, vi, description), () -> description);
    }

    /**
     * Oracle: Raft section 5.4.1 as one comparison of 64-bit keys (term in the
     * high half, index in the low half; both are non-negative ints, so this is
     * exactly the lexicographic order and cannot overflow).
     */
    private static boolean oracle(int ct, int ci, int vt, int vi) {
        long cand = ((long) ct << 32) | ci;
        long voter = ((long) vt << 32) | vi;
        return cand >= voter;
    }

    @Test
    @Points(2)
    @DisplayName("Candidate with a higher last term but a much shorter log")
    void higherTermShorterLog() {
        check(true, 5, 2, 4, 9);
        check(true, 2, 1, 1, 1000);
    }

    @Test
    @Points(2)
    @DisplayName("Voter with a higher last term but a shorter log")
    void voterHigherTermShorterLog() {
        check(false, 3, 12, 4, 5);
        check(false, 1, 1000, 2, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Equal last terms, candidate log longer")
    void equalTermsCandidateLonger() {
        check(true, 4, 8, 4, 7);
        check(true, 1, 10, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Equal last terms, candidate log shorter")
    void equalTermsCandidateShorter() {
        check(false, 4, 7, 4, 8);
        check(false, 6, 1, 6, 20);
    }

    @Test
    @Points(2)
    @DisplayName("Identical non-empty last entries")
    void fullyEqual() {
        check(true, 7, 7, 7, 7);
        check(true, 1, 1, 1, 1);
        check(true, 3, 250, 3, 250);
    }

    @Test
    @Points(2)
    @DisplayName("Both logs empty (0, 0)")
    void bothEmpty() {
        check(true, 0, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Empty candidate log against a non-empty voter log")
    void emptyCandidate() {
        check(false, 0, 0, 1, 1);
        check(false, 0, 0, 3, 40);
    }

    @Test
    @Points(1)
    @DisplayName("Non-empty candidate log against an empty voter log")
    void emptyVoter() {
        check(true, 1, 1, 0, 0);
        check(true, 9, 3, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Logs that differ by one entry in the same term, both directions")
    void offByOneIndex() {
        check(true, 5, 11, 5, 10);
        check(false, 5, 10, 5, 11);
    }

    @Test
    @Points(1)
    @DisplayName("Logs of equal length whose last terms differ by one, both directions")
    void sameLengthDifferentTerm() {
        // Figure 8 (b): S5 ends with (term 3, index 2), S2 ends with (term 2, index 2).
        check(true, 3, 2, 2, 2);
        check(false, 2, 2, 3, 2);
    }

    @Test
    @Points(2)
    @DisplayName("Figure 7: followers (f), (d) and (a) ask a voter holding the term-8 leader's log")
    void figure7Logs() {
        // leader [_,1,1,1,4,4,5,5,6,6,6] ends (6, 10)
        // (f) [_,1,1,1,2,2,2,3,3,3,3,3] ends (3, 11): longer but older
        check(false, 3, 11, 6, 10);
        // (d) [_,1,1,1,4,4,5,5,6,6,6,7,7] ends (7, 12): newer last term
        check(true, 7, 12, 6, 10);
        // (a) [_,1,1,1,4,4,5,5,6,6] ends (6, 9): same term, one shorter
        check(false, 6, 9, 6, 10);
    }

    @Test
    @Points(2)
    @DisplayName("Very large terms and indexes near Integer.MAX_VALUE")
    void largeValues() {
        int max = Integer.MAX_VALUE;
        check(true, max, 1, max - 1, max);
        check(false, max - 1, max, max, 1);
        check(false, 2_000_000_000, 5, 2_000_000_000, 6);
        check(true, 2_000_000_000, 6, 2_000_000_000, 6);
        check(true, 30_000, 1, 29_999, 150_000);
        check(false, 29_999, 150_000, 30_000, 1);
        check(true, max, max, max, max);
    }

    @Test
    @Points(3)
    @DisplayName("600 random pairs of logs compared with the rule of section 5.4.1")
    void randomPairs() {
        Random random = new Random(SEED);
        for (int t = 0; t < 600; t++) {
            int[] c = randomLast(random, t);
            int[] v = randomLast(random, t);
            boolean expected = oracle(c[0], c[1], v[0], v[1]);
            String description = "seed " + SEED + ", case " + t + ": "
                    + describe(c[0], c[1], v[0], v[1]);
            boolean actual = call(c[0], c[1], v[0], v[1], description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }

    @Test
    @Points(3)
    @DisplayName("Random triples of logs: reflexive, total and transitive")
    void totalPreorder() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 400; t++) {
            int[] a = randomLast(random, t);
            int[] b = randomLast(random, t);
            int[] c = randomLast(random, t);
            String ctx = "seed " + (SEED + 1) + ", case " + t + ", logs a=(" + a[0] + ", " + a[1]
                    + ") b=(" + b[0] + ", " + b[1] + ") c=(" + c[0] + ", " + c[1] + "): ";
            boolean aa = call(a[0], a[1], a[0], a[1], ctx + describe(a[0], a[1], a[0], a[1]));
            if (!aa) {
                fail(ctx + "a log must be at least as up-to-date as itself: "
                        + describe(a[0], a[1], a[0], a[1]) + " returned false");
            }
            boolean ab = call(a[0], a[1], b[0], b[1], ctx + describe(a[0], a[1], b[0], b[1]));
            boolean ba = call(b[0], b[1], a[0], a[1], ctx + describe(b[0], b[1], a[0], a[1]));
            if (!ab && !ba) {
                fail(ctx + "for any two logs at least one must be at least as up-to-date as the"
                        + " other, but both " + describe(a[0], a[1], b[0], b[1]) + " and "
                        + describe(b[0], b[1], a[0], a[1]) + " returned false");
            }
            boolean bc = call(b[0], b[1], c[0], c[1], ctx + describe(b[0], b[1], c[0], c[1]));
            boolean ac = call(a[0], a[1], c[0], c[1], ctx + describe(a[0], a[1], c[0], c[1]));
            if (ab && bc && !ac) {
                fail(ctx + "not transitive: a >= b and b >= c, but "
                        + describe(a[0], a[1], c[0], c[1]) + " returned false");
            }
        }
    }

    /**
     * A random (lastTerm, lastIndex) pair. Small ranges make ties on the term
     * and on the index common; every tenth case uses large numbers instead.
     */
    private static int[] randomLast(Random random, int t) {
        if (random.nextInt(12) == 0) {
            return new int[] {0, 0};
        }
        if (t % 10 == 9) {
            int term = Integer.MAX_VALUE - random.nextInt(3);
            int index = Integer.MAX_VALUE - random.nextInt(3);
            return new int[] {term, index};
        }
        return new int[] {1 + random.nextInt(4), 1 + random.nextInt(6)};
    }
}
