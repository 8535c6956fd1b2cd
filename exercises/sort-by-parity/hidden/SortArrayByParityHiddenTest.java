import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/**
 * Hidden tests. Display names describe the input, never the answer. Any order inside the even
 * and odd groups is correct, so results are checked by property: same array returned, same
 * values (a permutation of the input, via counting), and no even value after an odd one.
 */
@DisplayName("Sort Array By Parity: hidden tests")
class SortArrayByParityHiddenTest {

    private static final long SEED = 20261130L;

    private static String shown(int[] arr) {
        if (arr.length <= 40) {
            return Arrays.toString(arr);
        }
        return "an array of " + arr.length + " values starting "
                + Arrays.toString(Arrays.copyOf(arr, 8)).replace("]", ", ...]");
    }

    /** Runs the student's method and returns a failure message, or null if the result is right. */
    private static String problem(int[] nums) {
        int[] before = nums.clone();
        String call = "sortArrayByParity(" + shown(before) + ")";
        int[] returned;
        try {
            returned = SortArrayByParity.sortArrayByParity(nums);
        } catch (RuntimeException | StackOverflowError e) {
            return call + " threw " + e;
        }
        if (returned != nums) {
            return call + " must rearrange and return the array it was given, not another array";
        }
        int[] count = new int[5001];
        for (int v : before) {
            count[v]++;
        }
        for (int v : nums) {
            if (v < 0 || v > 5000 || --count[v] < 0) {
                return call + " left " + shown(nums) + ", which does not hold the same values";
            }
        }
        boolean seenOdd = false;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] % 2 != 0) {
                seenOdd = true;
            } else if (seenOdd) {
                return call + " left " + shown(nums) + ": the even value at index " + i
                        + " comes after an odd value";
            }
        }
        return null;
    }

    private static void check(int... nums) {
        String problem = problem(nums);
        if (problem != null) {
            fail(problem);
        }
    }

    @Test
    @Points(1)
    @DisplayName("All even")
    void allEven() {
        check(8, 2, 6, 0, 4);
    }

    @Test
    @Points(1)
    @DisplayName("All odd")
    void allOdd() {
        check(9, 3, 7, 1, 5);
    }

    @Test
    @Points(1)
    @DisplayName("A single odd value")
    void singleOdd() {
        check(7);
    }

    @Test
    @Points(2)
    @DisplayName("Odd values first, one even value at the end: [1, 1, 2]")
    void evenFarRight() {
        check(1, 1, 2);
        check(3, 5, 7, 9, 4);
    }

    @Test
    @Points(2)
    @DisplayName("One odd value before one even value: [3, 2]")
    void oddThenEven() {
        check(3, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Zeros among odd values and one other even value")
    void zeros() {
        check(1, 0, 3, 0, 5000, 4999);
    }

    @Test
    @Points(1)
    @DisplayName("Already partitioned")
    void alreadyPartitioned() {
        check(2, 4, 6, 1, 3, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Alternating odd and even, with repeated values")
    void alternating() {
        check(1, 2, 1, 2, 1, 2, 1, 2);
    }

    @Test
    @Points(2)
    @DisplayName("5,000 values: all odd except the last, which is even")
    void maxSizeEvenLast() {
        int[] nums = new int[5000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = 2 * (i % 2500) + 1;
        }
        nums[4999] = 5000;
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("5,000 values: odd values then even values")
    void maxSizeReversed() {
        int[] nums = new int[5000];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = i < 2500 ? 2 * i + 1 : 2 * (i - 2500);
        }
        check(nums);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(1, 2);
        check(2, 1);
        check(1);
        check(3, 4, 5, 6);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(40);
            int bound = (t % 2 == 0) ? 5 : 5001;
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = random.nextInt(bound);
            }
            String problem = problem(nums);
            if (problem != null) {
                fail("seed " + SEED + ", case " + t + ": " + problem);
            }
        }
    }
}
