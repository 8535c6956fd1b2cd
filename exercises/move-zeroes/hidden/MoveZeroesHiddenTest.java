import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Move Zeroes: hidden tests")
class MoveZeroesHiddenTest {

    private static final long SEED = 20261129L;

    private static void call(int[] nums, String description) {
        try {
            MoveZeroes.moveZeroes(nums);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
        }
    }

    private static String shown(int[] arr) {
        if (arr.length <= 40) {
            return Arrays.toString(arr);
        }
        return "an array of " + arr.length + " values starting "
                + Arrays.toString(Arrays.copyOf(arr, 8)).replace("]", ", ...]");
    }

    /** Oracle: the non-zero values in order into a fresh array; the rest stays 0. */
    private static int[] oracle(int[] nums) {
        int[] out = new int[nums.length];
        int k = 0;
        for (int v : nums) {
            if (v != 0) {
                out[k++] = v;
            }
        }
        return out;
    }

    private static void check(int... nums) {
        int[] expected = oracle(nums);
        String description = "moveZeroes(" + shown(nums) + ")";
        call(nums, description);
        assertArrayEquals(expected, nums, () -> description + ": the array afterwards");
    }

    @Test
    @Points(1)
    @DisplayName("No zeros at all")
    void noZeros() {
        check(5, -1, 3, 8);
    }

    @Test
    @Points(1)
    @DisplayName("Only zeros")
    void allZeros() {
        check(0, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Zeros already at the end")
    void zerosAtEnd() {
        check(1, 2, 3, 0, 0);
    }

    @Test
    @Points(2)
    @DisplayName("A run of zeros at the front: [0, 0, 0, 1]")
    void runAtFront() {
        check(0, 0, 0, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Non-zero values in an order that a swap from the back would change")
    void orderMatters() {
        check(0, 1, 2, 3);
        check(9, 0, 8, 0, 7);
    }

    @Test
    @Points(1)
    @DisplayName("A single non-zero value")
    void singleNonZero() {
        check(42);
    }

    @Test
    @Points(2)
    @DisplayName("The extremes of int next to zeros")
    void extremes() {
        check(Integer.MIN_VALUE, 0, Integer.MAX_VALUE, 0, -1, 0);
        check(0, Integer.MAX_VALUE, 0, Integer.MIN_VALUE);
    }

    @Test
    @Points(1)
    @DisplayName("Alternating zeros and values")
    void alternating() {
        check(0, 1, 0, 2, 0, 3, 0, 4, 0);
    }

    @Test
    @Points(2)
    @DisplayName("10,000 values: all zeros except the last")
    void maxSizeLastNonZero() {
        int[] nums = new int[10_000];
        nums[9_999] = -7;
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 values with every third one zero")
    void maxSizeEveryThird() {
        int[] nums = new int[10_000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = (i % 3 == 0) ? 0 : i * 7919 - 40_000_000;
        }
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(0, 1);
        check(1, 0);
        check(0);
        check(0, 5, 0, 5);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(40);
            int[] nums = new int[n];
            int zeroPercent = random.nextInt(101);
            for (int i = 0; i < n; i++) {
                nums[i] = random.nextInt(100) < zeroPercent ? 0 : random.nextInt();
            }
            int[] input = nums.clone();
            int[] expected = oracle(nums);
            call(nums, "seed " + SEED + ", case " + t);
            if (!Arrays.equals(expected, nums)) {
                assertArrayEquals(expected, nums, "seed " + SEED + ", case " + t
                        + ": moveZeroes(" + Arrays.toString(input) + "): the array afterwards");
            }
        }
    }
}
