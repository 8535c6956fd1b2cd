import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Numbers with an Even Number of Digits: hidden tests")
class EvenDigitNumbersHiddenTest {

    private static final long SEED = 20261127L;
    private static final int MAX_N = 500;
    private static final int MAX_VALUE = 100_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] nums, String description) {
        try {
            return EvenDigitNumbers.findNumbers(nums);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    private static void check(int expected, int... nums) {
        // Build the message before the call, in case the input gets modified.
        String description = "findNumbers(" + Arrays.toString(nums) + ")";
        int actual = call(nums, description);
        assertEquals(expected, actual, () -> description);
    }

    /** Oracle: the length of the decimal text (Strings are fine in tests). */
    private static int oracle(int[] nums) {
        int count = 0;
        for (int v : nums) {
            if (Integer.toString(v).length() % 2 == 0) {
                count++;
            }
        }
        return count;
    }

    @Test
    @Points(1)
    @DisplayName("A single one-digit number")
    void singleOneDigit() {
        check(0, 7);
    }

    @Test
    @Points(1)
    @DisplayName("A single two-digit number")
    void singleTwoDigits() {
        check(1, 42);
    }

    @Test
    @Points(1)
    @DisplayName("Every one-digit number from 1 to 9")
    void allOneDigit() {
        check(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    @Points(2)
    @DisplayName("The boundary pair 9 and 10")
    void boundaryTen() {
        check(1, 9, 10);
    }

    @Test
    @Points(2)
    @DisplayName("The boundary pair 99 and 100")
    void boundaryHundred() {
        check(1, 99, 100);
    }

    @Test
    @Points(2)
    @DisplayName("The boundary pairs 999/1000 and 9999/10000")
    void boundaryThousands() {
        check(2, 999, 1000, 9999, 10000);
    }

    @Test
    @Points(2)
    @DisplayName("The largest allowed value, 100000, alone")
    void largestValueAlone() {
        check(1, 100000);
    }

    @Test
    @Points(2)
    @DisplayName("Every power of ten from 1 to 100000")
    void powersOfTen() {
        check(3, 1, 10, 100, 1000, 10000, 100000);
    }

    @Test
    @Points(1)
    @DisplayName("The largest number of each digit count from 1 to 5")
    void allNines() {
        check(2, 9, 99, 999, 9999, 99999);
    }

    @Test
    @Points(2)
    @DisplayName("500 copies of the largest allowed value")
    void maxSizeLargestValue() {
        int[] nums = new int[MAX_N];
        Arrays.fill(nums, MAX_VALUE);
        int actual = call(nums, "findNumbers(<500 copies of 100000>)");
        assertEquals(MAX_N, actual, "findNumbers(<500 copies of 100000>)");
    }

    @Test
    @Points(1)
    @DisplayName("500 numbers counting up from 99501 to 100000")
    void maxSizeFiveAndSixDigits() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = 99_501 + i; // 99501 .. 100000
        }
        int actual = call(nums, "findNumbers(<99501, 99502, ..., 100000>)");
        assertEquals(1, actual, "findNumbers(<99501, 99502, ..., 100000>)");
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] nums = {12, 345, 100000, 7, 10, 9999, 1000};
        int[] before = nums.clone();
        call(nums, "findNumbers(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, nums,
                () -> "findNumbers must not change its input array; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(nums) + " after it");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls give consistent answers")
    void repeatedCallsConsistent() {
        int[] first = {12, 345, 2, 6, 7896};
        int[] second = {100000, 55};
        int a = call(first, "first call findNumbers([12, 345, 2, 6, 7896])");
        int b = call(second, "second call findNumbers([100000, 55])");
        int c = call(first, "third call findNumbers(<same array as the first call>)");
        int d = call(new int[] {12, 345, 2, 6, 7896}, "fourth call findNumbers([12, 345, 2, 6, 7896])");
        assertEquals(2, a, "findNumbers([12, 345, 2, 6, 7896])");
        assertEquals(2, b, "findNumbers([100000, 55]) right after another call");
        assertEquals(a, c, "calling findNumbers twice on the same array gave different answers");
        assertEquals(a, d, "calling findNumbers twice on equal arrays gave different answers");
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(30);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                // Pick a digit count first so that short numbers are common,
                // and sometimes land exactly on a power of ten.
                int digits = 1 + random.nextInt(6);
                int low = (int) Math.pow(10, digits - 1);
                if (digits == 6) {
                    nums[i] = MAX_VALUE;
                } else if (random.nextInt(4) == 0) {
                    nums[i] = low;
                } else {
                    nums[i] = low + random.nextInt(9 * low);
                }
            }
            int expected = oracle(nums);
            String description = "seed " + SEED + ", case " + t
                    + ": findNumbers(" + Arrays.toString(nums) + ")";
            int actual = call(nums.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
