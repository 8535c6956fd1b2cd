import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Height Checker: hidden tests")
class HeightCheckerHiddenTest {

    private static final long SEED = 20261125L;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] heights, String description) {
        try {
            return HeightChecker.heightChecker(heights);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    private static void check(int expected, int... heights) {
        // Build the message before the call, in case the input gets modified.
        String description = "heightChecker(" + Arrays.toString(heights) + ")";
        int actual = call(heights, description);
        assertEquals(expected, actual, () -> description);
    }

    /** Oracle: sorts a copy with the library (allowed in tests) and compares. */
    private static int oracle(int[] heights) {
        int[] sorted = heights.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] != sorted[i]) {
                count++;
            }
        }
        return count;
    }

    @Test
    @Points(1)
    @DisplayName("A line with a single student")
    void singleStudent() {
        check(0, 42);
    }

    @Test
    @Points(1)
    @DisplayName("Two students in the wrong order")
    void twoSwapped() {
        check(2, 7, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Every student has the same height")
    void allEqual() {
        check(0, 8, 8, 8, 8, 8, 8, 8);
    }

    @Test
    @Points(1)
    @DisplayName("Strictly decreasing line with an odd number of students")
    void reverseOdd() {
        check(6, 9, 8, 7, 6, 5, 4, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Strictly decreasing line with an even number of students")
    void reverseEven() {
        check(6, 60, 50, 40, 30, 20, 10);
    }

    @Test
    @Points(1)
    @DisplayName("A line that is already sorted and contains repeated heights")
    void alreadySortedWithDuplicates() {
        check(0, 1, 2, 2, 3, 3, 3, 7, 7, 100);
    }

    @Test
    @Points(2)
    @DisplayName("Only the last two students are swapped")
    void swapAtEnd() {
        check(2, 1, 2, 3, 5, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Only the first two students are swapped")
    void swapAtStart() {
        check(2, 2, 1, 3, 4, 5);
    }

    @Test
    @Points(2)
    @DisplayName("Repeated heights scattered through the line")
    void duplicatesScattered() {
        check(4, 3, 1, 3, 2, 1, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Blocks of repeated heights in the wrong order")
    void duplicateBlocks() {
        check(4, 2, 2, 1, 1, 2, 2);
    }

    @Test
    @Points(2)
    @DisplayName("100 students alternating between heights 1 and 100")
    void maxSizeAlternatingBounds() {
        int[] heights = new int[100];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = (i % 2 == 0) ? 1 : 100;
        }
        check(50, heights);
    }

    @Test
    @Points(2)
    @DisplayName("100 students, tallest at the front and shortest at the back")
    void maxSizeEndsSwapped() {
        int[] heights = new int[100];
        heights[0] = 100;
        for (int i = 1; i < 99; i++) {
            heights[i] = i + 1; // 2..99, already in order
        }
        heights[99] = 1;
        check(2, heights);
    }

    @Test
    @Points(1)
    @DisplayName("100 students who are all of height 100")
    void maxSizeAllHundred() {
        int[] heights = new int[100];
        Arrays.fill(heights, 100);
        check(0, heights);
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] heights = {4, 100, 1, 3, 3, 1, 2, 100, 5};
        int[] before = heights.clone();
        call(heights, "heightChecker(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, heights,
                () -> "heightChecker must not change its input array; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(heights) + " after it");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls give consistent answers")
    void repeatedCallsConsistent() {
        int[] first = {3, 1, 2, 100, 1};
        int[] second = {1, 1, 1, 2};
        int[] firstAgain = {3, 1, 2, 100, 1};
        int a = call(first, "first call heightChecker([3, 1, 2, 100, 1])");
        int b = call(second, "second call heightChecker([1, 1, 1, 2])");
        int c = call(first, "third call heightChecker(<same array as the first call>)");
        int d = call(firstAgain, "fourth call heightChecker([3, 1, 2, 100, 1])");
        assertEquals(0, b, "heightChecker([1, 1, 1, 2]) right after another call");
        assertEquals(a, c, "calling heightChecker twice on the same array gave different answers");
        assertEquals(a, d, "calling heightChecker twice on equal arrays gave different answers");
        assertEquals(oracle(firstAgain), a, "heightChecker([3, 1, 2, 100, 1])");
    }

    @Test
    @Points(3)
    @DisplayName("500 random lines within the constraints")
    void randomLines() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(100);
            // A random upper bound makes many lines with lots of repeated heights.
            int maxHeight = 1 + random.nextInt(100);
            int[] heights = new int[n];
            for (int i = 0; i < n; i++) {
                heights[i] = 1 + random.nextInt(maxHeight);
            }
            int expected = oracle(heights);
            String description = "seed " + SEED + ", case " + t
                    + ": heightChecker(" + Arrays.toString(heights) + ")";
            int actual = call(heights.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
