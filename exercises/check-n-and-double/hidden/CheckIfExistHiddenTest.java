import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Check If N and Its Double Exist: hidden tests")
class CheckIfExistHiddenTest {

    private static final long SEED = 20261126L;

    private static boolean call(int[] arr, String description) {
        try {
            return CheckIfExist.checkIfExist(arr);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return false;
        }
    }

    private static void check(boolean expected, int... arr) {
        String description = "checkIfExist(" + Arrays.toString(arr) + ")";
        assertEquals(expected, call(arr, description), () -> description);
    }

    /** Oracle: every ordered pair of different positions. */
    private static boolean oracle(int[] arr) {
        for (int i = 0; i < arr.length; i++) {
            for (int j = 0; j < arr.length; j++) {
                if (i != j && arr[i] == 2 * arr[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @Points(2)
    @DisplayName("A single zero among other values")
    void singleZero() {
        check(false, 0, 1, 3, -7);
    }

    @Test
    @Points(1)
    @DisplayName("Two zeros among other values")
    void twoZeros() {
        check(true, 5, 0, 9, 0);
    }

    @Test
    @Points(2)
    @DisplayName("The double comes after the value: [5, 10]")
    void doubleAfter() {
        check(true, 5, 10);
    }

    @Test
    @Points(1)
    @DisplayName("The double comes before the value: [10, 5]")
    void doubleBefore() {
        check(true, 10, 5);
    }

    @Test
    @Points(2)
    @DisplayName("Odd values whose integer half is present: [3, 1, 7, 3]")
    void oddValuesIntegerHalf() {
        check(false, 3, 1, 7, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Negative values: [-2, 0, 10, -19, 4, 6, -8] and [-6, 1, -3]")
    void negatives() {
        check(false, -2, 0, 10, -19, 4, 6, -8);
        check(true, -6, 1, -3);
    }

    @Test
    @Points(1)
    @DisplayName("A value and the same value negated: [4, -2, 2]")
    void signMatters() {
        check(true, 4, -2, 2);
        check(false, 4, -2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("The extremes of the range: 1000 and 500, -1000 and -500, 1000 and -1000")
    void extremes() {
        check(true, 1000, 500);
        check(true, -500, -1000);
        check(false, 1000, -1000, 999);
    }

    @Test
    @Points(1)
    @DisplayName("A value whose double lies outside the range: [700, 1000, -700, 3]")
    void doubleOutOfRange() {
        check(false, 700, 1000, -700, 3);
    }

    @Test
    @Points(1)
    @DisplayName("500 odd values")
    void maxSizeAllOdd() {
        int[] arr = new int[500];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = (i % 2 == 0) ? 2 * (i % 500) - 999 : 999 - 2 * (i % 400);
        }
        check(false, arr);
    }

    @Test
    @Points(1)
    @DisplayName("500 values where the only even value is the first")
    void maxSizePairAtTheEnds() {
        int[] arr = new int[500];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = 2 * i + 1; // odd values: no pair among them
            if (arr[i] > 1000) {
                arr[i] = -(arr[i] - 1000);
            }
        }
        arr[0] = 998;
        arr[499] = 499; // 998 == 2 * 499
        assertEquals(true, oracle(arr), "test data");
        check(true, arr);
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] arr = {7, -3, 1000, 0, 12, -1000, 6, 500};
        int[] before = arr.clone();
        call(arr, "checkIfExist(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, arr,
                () -> "checkIfExist must not change its input; it was " + Arrays.toString(before)
                        + " before the call and " + Arrays.toString(arr) + " after it");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls give consistent answers")
    void repeatedCalls() {
        check(true, 0, 0);
        check(false, 0, 1);
        check(true, 2, 1);
        check(false, 0, 3);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 2 + random.nextInt(60);
            // Small ranges make pairs and zeros common; wide ones make them rare.
            int bound = (t % 3 == 0) ? 6 : (t % 3 == 1) ? 60 : 1000;
            int[] arr = new int[n];
            for (int i = 0; i < n; i++) {
                arr[i] = random.nextInt(2 * bound + 1) - bound;
            }
            boolean expected = oracle(arr);
            String description = "seed " + SEED + ", case " + t + ": checkIfExist("
                    + Arrays.toString(arr) + ")";
            boolean actual = call(arr.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
