import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Third Maximum Number: hidden tests")
class ThirdMaxHiddenTest {

    private static final long SEED = 20261131L;
    private static final int MIN = Integer.MIN_VALUE;
    private static final int MAX = Integer.MAX_VALUE;

    private static int call(int[] nums, String description) {
        try {
            return ThirdMax.thirdMax(nums);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return 0;
        }
    }

    private static String shown(int[] arr) {
        if (arr.length <= 40) {
            return Arrays.toString(arr);
        }
        return "an array of " + arr.length + " values starting "
                + Arrays.toString(Arrays.copyOf(arr, 8)).replace("]", ", ...]");
    }

    private static void check(int expected, int... nums) {
        String description = "thirdMax(" + shown(nums) + ")";
        assertEquals(expected, call(nums, description), () -> description);
    }

    /** Oracle: sort a copy (allowed in tests) and walk down it counting distinct values. */
    private static int oracle(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int distinct = 1;
        for (int i = sorted.length - 2; i >= 0; i--) {
            if (sorted[i] != sorted[i + 1]) {
                distinct++;
                if (distinct == 3) {
                    return sorted[i];
                }
            }
        }
        return sorted[sorted.length - 1];
    }

    @Test
    @Points(1)
    @DisplayName("A single value")
    void single() {
        check(-5, -5);
    }

    @Test
    @Points(1)
    @DisplayName("Every value the same")
    void allEqual() {
        check(7, 7, 7, 7);
    }

    @Test
    @Points(2)
    @DisplayName("Two distinct values, the smaller one repeated")
    void twoDistinct() {
        check(9, 4, 9, 4, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Integer.MIN_VALUE together with two other distinct values")
    void minValueIsThird() {
        check(MIN, 1, 2, MIN);
        check(MIN, MIN, 2, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Integer.MIN_VALUE with only one other distinct value")
    void minValueTwoDistinct() {
        check(1, MIN, 1, MIN);
    }

    @Test
    @Points(1)
    @DisplayName("Integer.MAX_VALUE and Integer.MIN_VALUE together with a middle value")
    void extremes() {
        check(MIN, MAX, 0, MIN);
        check(-1, MAX, MAX - 1, -1, MIN, -2);
    }

    @Test
    @Points(2)
    @DisplayName("The second largest value repeated: [3, 2, 2, 1]")
    void repeatedSecond() {
        check(1, 3, 2, 2, 1);
        check(5, 7, 6, 6, 6, 5, 4);
    }

    @Test
    @Points(1)
    @DisplayName("The largest value repeated many times")
    void repeatedMax() {
        check(1, 3, 3, 3, 3, 2, 1, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Only negative values")
    void negatives() {
        check(-3, -1, -2, -3, -4);
    }

    @Test
    @Points(1)
    @DisplayName("Values arriving in increasing order")
    void increasing() {
        check(3, 1, 2, 3, 4, 5);
    }

    @Test
    @Points(2)
    @DisplayName("10,000 values, every one a repeat of 0, 1 or 2")
    void maxSizeThreeValues() {
        int[] nums = new int[10_000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = i % 3;
        }
        check(0, nums);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 distinct values in a scrambled order")
    void maxSizeDistinct() {
        int[] nums = new int[10_000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = (int) ((i * 7_919L) % 10_000) * 200_000 - 1_000_000_000;
        }
        check(oracle(nums), nums);
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] nums = {5, MIN, 9, 9, 2, MAX, 0};
        int[] before = nums.clone();
        call(nums, "thirdMax(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, nums,
                () -> "thirdMax must not change its input; it was " + Arrays.toString(before)
                        + " before the call and " + Arrays.toString(nums) + " after it");
    }

    @Test
    @Points(3)
    @DisplayName("600 random arrays within the constraints, some with the extremes of int")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 600; t++) {
            int n = 1 + random.nextInt(12);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                nums[i] = kind == 0 ? MIN : kind == 1 ? MAX : random.nextInt(7) - 3;
            }
            int expected = oracle(nums);
            String description = "seed " + SEED + ", case " + t + ": thirdMax("
                    + Arrays.toString(nums) + ")";
            int actual = call(nums.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
