import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Find All Numbers Disappeared in an Array: hidden tests")
class DisappearedNumbersHiddenTest {

    private static final long SEED = 20261132L;

    private static int[] call(int[] nums, String description) {
        try {
            return DisappearedNumbers.findDisappearedNumbers(nums);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return null;
        }
    }

    private static String shown(int[] arr) {
        if (arr.length <= 40) {
            return Arrays.toString(arr);
        }
        return "an array of " + arr.length + " values starting "
                + Arrays.toString(Arrays.copyOf(arr, 8)).replace("]", ", ...]");
    }

    /** Oracle: a seen table. */
    private static int[] oracle(int[] nums) {
        int n = nums.length;
        boolean[] seen = new boolean[n + 1];
        for (int v : nums) {
            seen[v] = true;
        }
        int[] out = new int[n];
        int k = 0;
        for (int v = 1; v <= n; v++) {
            if (!seen[v]) {
                out[k++] = v;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Checks the answer and that the caller's array is unchanged afterwards. */
    private static void check(int... nums) {
        int[] before = nums.clone();
        int[] expected = oracle(nums);
        String description = "findDisappearedNumbers(" + shown(before) + ")";
        int[] actual = call(nums, description);
        assertArrayEquals(expected, actual, () -> description);
        assertArrayEquals(before, nums,
                () -> description + ": the input must hold the same values afterwards, but it is "
                        + shown(nums));
    }

    @Test
    @Points(1)
    @DisplayName("A single value")
    void single() {
        check(1);
    }

    @Test
    @Points(1)
    @DisplayName("A permutation of 1..6")
    void permutation() {
        check(6, 2, 4, 1, 5, 3);
    }

    @Test
    @Points(2)
    @DisplayName("Every value the same, in the middle of the range")
    void allEqual() {
        check(3, 3, 3, 3, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Every value equal to n")
    void allEqualToN() {
        check(4, 4, 4, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Values that appear exactly twice")
    void pairs() {
        check(2, 2, 5, 5, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Values that appear three times")
    void triples() {
        check(1, 1, 1, 6, 6, 6);
    }

    @Test
    @Points(1)
    @DisplayName("[2, 2, 3, 4]: the value 2 appears twice")
    void firstMissing() {
        check(2, 2, 3, 4);
    }

    @Test
    @Points(1)
    @DisplayName("[1, 2, 3, 3]: the value 3 appears twice")
    void lastMissing() {
        check(1, 2, 3, 3);
    }

    @Test
    @Points(2)
    @DisplayName("100,000 values, all equal to 1")
    void maxSizeAllOnes() {
        int[] nums = new int[100_000];
        Arrays.fill(nums, 1);
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("100,000 values: a scrambled permutation of 1..100,000")
    void maxSizePermutation() {
        int[] nums = new int[100_000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = (int) ((i * 7_919L) % 100_000) + 1;
        }
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("100,000 values: every even value twice, no odd value")
    void maxSizeEvensTwice() {
        int[] nums = new int[100_000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = 2 * (i / 2 + 1);
        }
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(1, 1);
        check(2, 2);
        check(1, 2);
        check(1);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(30);
            int range = 1 + random.nextInt(n);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = 1 + random.nextInt(range) + random.nextInt(n - range + 1);
            }
            int[] before = nums.clone();
            int[] expected = oracle(nums);
            String description = "seed " + SEED + ", case " + t + ": findDisappearedNumbers("
                    + Arrays.toString(before) + ")";
            int[] actual = call(nums, description);
            if (!Arrays.equals(expected, actual) || !Arrays.equals(before, nums)) {
                assertArrayEquals(expected, actual, description);
                assertArrayEquals(before, nums, description + ": the input must hold the same"
                        + " values afterwards, but it is " + Arrays.toString(nums));
            }
        }
    }
}
