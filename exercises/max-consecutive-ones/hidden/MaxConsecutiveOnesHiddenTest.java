import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Max Consecutive Ones: hidden tests")
class MaxConsecutiveOnesHiddenTest {

    private static final long SEED = 20261126L;
    private static final int MAX_N = 100_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] nums, String description) {
        try {
            return MaxConsecutiveOnes.findMaxConsecutiveOnes(nums);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    private static void check(int expected, int... nums) {
        // Build the message before the call, in case the input gets modified.
        String description = "findMaxConsecutiveOnes(" + Arrays.toString(nums) + ")";
        int actual = call(nums, description);
        assertEquals(expected, actual, () -> description);
    }

    /** For arrays too long to print: the caller describes them in words. */
    private static void checkLarge(int expected, int[] nums, String description) {
        int actual = call(nums, description);
        assertEquals(expected, actual, () -> description);
    }

    /** Oracle: for every start of a run, measure the run (quadratic, obviously right). */
    private static int oracle(int[] nums) {
        int best = 0;
        for (int start = 0; start < nums.length; start++) {
            int len = 0;
            while (start + len < nums.length && nums[start + len] == 1) {
                len++;
            }
            best = Math.max(best, len);
        }
        return best;
    }

    @Test
    @Points(1)
    @DisplayName("A single 0")
    void singleZero() {
        check(0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("A single 1")
    void singleOne() {
        check(1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Only zeros")
    void allZeros() {
        check(0, 0, 0, 0, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Only ones")
    void allOnes() {
        check(6, 1, 1, 1, 1, 1, 1);
    }

    @Test
    @Points(2)
    @DisplayName("The longest run reaches the last element")
    void longestAtEnd() {
        check(4, 1, 1, 0, 1, 0, 1, 1, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("The longest run starts at the first element")
    void longestAtStart() {
        check(5, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Zeros at the front, then a block of ones to the end")
    void zerosThenOnes() {
        check(3, 0, 0, 0, 0, 1, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Long runs of zeros around short runs of ones")
    void longZeroRuns() {
        check(2, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Alternating 1 and 0")
    void alternating() {
        check(1, 1, 0, 1, 0, 1, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Two runs of the same length")
    void tiedRuns() {
        check(3, 1, 1, 1, 0, 0, 1, 1, 1, 0);
    }

    @Test
    @Points(2)
    @DisplayName("100000 ones")
    void maxSizeAllOnes() {
        int[] nums = new int[MAX_N];
        Arrays.fill(nums, 1);
        checkLarge(MAX_N, nums, "findMaxConsecutiveOnes(<100000 ones>)");
    }

    @Test
    @Points(1)
    @DisplayName("100000 zeros")
    void maxSizeAllZeros() {
        checkLarge(0, new int[MAX_N], "findMaxConsecutiveOnes(<100000 zeros>)");
    }

    @Test
    @Points(2)
    @DisplayName("100000 elements: a single 0 at index 40000, ones elsewhere")
    void maxSizeOneZero() {
        int[] nums = new int[MAX_N];
        Arrays.fill(nums, 1);
        nums[40_000] = 0;
        checkLarge(MAX_N - 40_001, nums,
                "findMaxConsecutiveOnes(<100000 elements, all 1 except a 0 at index 40000>)");
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] nums = {1, 1, 0, 1, 1, 1, 0, 0, 1, 1};
        int[] before = nums.clone();
        call(nums, "findMaxConsecutiveOnes(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, nums,
                () -> "findMaxConsecutiveOnes must not change its input array; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(nums) + " after it");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls give consistent answers")
    void repeatedCallsConsistent() {
        int[] first = {1, 1, 1, 0, 1};
        int[] second = {0, 1, 0};
        int a = call(first, "first call findMaxConsecutiveOnes([1, 1, 1, 0, 1])");
        int b = call(second, "second call findMaxConsecutiveOnes([0, 1, 0])");
        int c = call(first, "third call findMaxConsecutiveOnes(<same array as the first call>)");
        int d = call(new int[] {1, 1, 1, 0, 1}, "fourth call findMaxConsecutiveOnes([1, 1, 1, 0, 1])");
        assertEquals(3, a, "findMaxConsecutiveOnes([1, 1, 1, 0, 1])");
        assertEquals(1, b, "findMaxConsecutiveOnes([0, 1, 0]) right after another call");
        assertEquals(a, c, "calling findMaxConsecutiveOnes twice on the same array gave different answers");
        assertEquals(a, d, "calling findMaxConsecutiveOnes twice on equal arrays gave different answers");
    }

    @Test
    @Points(3)
    @DisplayName("500 random binary arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(60);
            // A random density of ones gives arrays from mostly 0 to mostly 1.
            int onePercent = random.nextInt(101);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = random.nextInt(100) < onePercent ? 1 : 0;
            }
            int expected = oracle(nums);
            String description = "seed " + SEED + ", case " + t
                    + ": findMaxConsecutiveOnes(" + Arrays.toString(nums) + ")";
            int actual = call(nums.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
