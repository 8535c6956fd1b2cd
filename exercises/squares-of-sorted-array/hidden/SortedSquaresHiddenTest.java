import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Squares of a Sorted Array: hidden tests")
class SortedSquaresHiddenTest {

    private static final long SEED = 20261128L;
    private static final int MAX_N = 10_000;
    private static final int MAX_ABS = 10_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int[] call(int[] nums, String description) {
        try {
            return SortedSquares.sortedSquares(nums);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    private static void check(int[] expected, int... nums) {
        // Build the message before the call, in case the input gets modified.
        String description = "sortedSquares(" + Arrays.toString(nums) + ")";
        int[] actual = call(nums, description);
        assertArrayEquals(expected, actual, () -> description);
    }

    /** For arrays too long to print: the caller describes them in words. */
    private static void checkLarge(int[] nums, String description) {
        int[] expected = oracle(nums);
        int[] actual = call(nums, description);
        assertArrayEquals(expected, actual, () -> description);
    }

    /** Oracle: square a copy and sort it with the library (allowed in tests). */
    private static int[] oracle(int[] nums) {
        int[] squares = new int[nums.length];
        for (int i = 0; i < nums.length; i++) {
            squares[i] = nums[i] * nums[i];
        }
        Arrays.sort(squares);
        return squares;
    }

    @Test
    @Points(1)
    @DisplayName("A single negative element")
    void singleNegative() {
        check(new int[] {49}, -7);
    }

    @Test
    @Points(1)
    @DisplayName("A single zero")
    void singleZero() {
        check(new int[] {0}, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Every element is negative")
    void allNegative() {
        check(new int[] {1, 4, 25, 64, 81}, -9, -8, -5, -2, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Every element is positive")
    void allPositive() {
        check(new int[] {1, 4, 9, 49, 100}, 1, 2, 3, 7, 10);
    }

    @Test
    @Points(1)
    @DisplayName("Only zeros")
    void allZeros() {
        check(new int[] {0, 0, 0, 0}, 0, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Negative numbers followed by zeros")
    void negativesThenZeros() {
        check(new int[] {0, 0, 4, 36}, -6, -2, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Pairs of equal absolute values such as -3 and 3")
    void mirroredValues() {
        check(new int[] {1, 1, 9, 9, 25, 25}, -5, -3, -1, 1, 3, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated values on both sides of zero")
    void repeatedValues() {
        check(new int[] {0, 4, 4, 4, 9, 9, 9}, -3, -3, -2, 0, 2, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Two elements: one very negative, one small positive")
    void twoElementsNegativeLarger() {
        check(new int[] {1, 100}, -10, 1);
    }

    @Test
    @Points(2)
    @DisplayName("The smallest square is in the middle and is not 0")
    void smallestInMiddleNonZero() {
        check(new int[] {1, 4, 16, 36, 64}, -8, -4, -1, 2, 6);
    }

    @Test
    @Points(2)
    @DisplayName("The extreme values -10000 and 10000")
    void extremeValues() {
        check(new int[] {100_000_000, 100_000_000, 100_000_000},
                -MAX_ABS, -MAX_ABS, MAX_ABS);
    }

    @Test
    @Points(2)
    @DisplayName("10000 elements: -5000 up to 4999")
    void maxSizeMixed() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = i - 5000;
        }
        checkLarge(nums, "sortedSquares(<-5000, -4999, ..., 4999>)");
    }

    @Test
    @Points(2)
    @DisplayName("10000 negative elements from -10000 up to -1")
    void maxSizeAllNegative() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = i - MAX_N;
        }
        checkLarge(nums, "sortedSquares(<-10000, -9999, ..., -1>)");
    }

    @Test
    @Points(1)
    @DisplayName("10000 elements: half are -10000, half are 10000")
    void maxSizeExtremes() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = i < MAX_N / 2 ? -MAX_ABS : MAX_ABS;
        }
        checkLarge(nums, "sortedSquares(<5000 times -10000, then 5000 times 10000>)");
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] nums = {-6, -4, -4, 0, 1, 5, 9};
        int[] before = nums.clone();
        call(nums, "sortedSquares(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, nums,
                () -> "sortedSquares must not change its input array; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(nums) + " after it");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls give consistent answers")
    void repeatedCallsConsistent() {
        int[] first = {-7, -3, 2, 3, 11};
        int[] a = call(first, "first call sortedSquares([-7, -3, 2, 3, 11])");
        int[] b = call(new int[] {-2, -1}, "second call sortedSquares([-2, -1])");
        int[] c = call(first, "third call sortedSquares(<same array as the first call>)");
        int[] d = call(new int[] {-7, -3, 2, 3, 11}, "fourth call sortedSquares([-7, -3, 2, 3, 11])");
        int[] expected = {4, 9, 9, 49, 121};
        assertArrayEquals(expected, a, "sortedSquares([-7, -3, 2, 3, 11])");
        assertArrayEquals(new int[] {1, 4}, b, "sortedSquares([-2, -1]) right after another call");
        assertArrayEquals(expected, c,
                "sortedSquares called a second time on the same array [-7, -3, 2, 3, 11]");
        assertArrayEquals(expected, d, "sortedSquares([-7, -3, 2, 3, 11]) called again");
        assertNotSame(a, c, "two calls returned the same array object");
    }

    @Test
    @Points(3)
    @DisplayName("500 random sorted arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(40);
            // A random window of values: sometimes all negative, sometimes all
            // positive, often around zero with many equal absolute values.
            int bound = 1 + random.nextInt(t % 5 == 0 ? MAX_ABS : 12);
            int low = -bound + random.nextInt(2 * bound + 1);
            int high = low + random.nextInt(2 * bound + 1);
            low = Math.max(low, -MAX_ABS);
            high = Math.min(high, MAX_ABS);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = low + random.nextInt(high - low + 1);
            }
            Arrays.sort(nums);
            int[] expected = oracle(nums);
            String description = "seed " + SEED + ", case " + t
                    + ": sortedSquares(" + Arrays.toString(nums) + ")";
            int[] actual = call(nums.clone(), description);
            if (!Arrays.equals(expected, actual)) {
                assertArrayEquals(expected, actual, description);
            }
        }
    }
}
