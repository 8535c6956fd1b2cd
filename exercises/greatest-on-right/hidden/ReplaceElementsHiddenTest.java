import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Replace Elements with Greatest Element on Right Side: hidden tests")
class ReplaceElementsHiddenTest {

    private static final long SEED = 20261128L;

    private static int[] call(int[] arr, String description) {
        try {
            return ReplaceElements.replaceElements(arr);
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

    /** Checks the returned array, that it is the caller's array, and the caller's contents. */
    private static void check(int... arr) {
        int[] expected = oracle(arr);
        String description = "replaceElements(" + shown(arr) + ")";
        int[] returned = call(arr, description);
        assertArrayEquals(expected, arr, () -> description + ": the caller's array afterwards");
        assertSame(arr, returned, () -> description + " must return the array it was given");
    }

    /** Oracle: for every position, scan everything to its right (on a copy). */
    private static int[] oracle(int[] arr) {
        int n = arr.length;
        int[] out = new int[n];
        int max = -1;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = max;
            max = Math.max(max, arr[i]);
        }
        return out;
    }

    @Test
    @Points(1)
    @DisplayName("A single element")
    void single() {
        check(7);
    }

    @Test
    @Points(1)
    @DisplayName("Two elements, larger first and smaller first")
    void two() {
        check(9, 3);
        check(3, 9);
    }

    @Test
    @Points(2)
    @DisplayName("A strictly increasing array")
    void increasing() {
        check(1, 2, 3, 4, 5, 6);
    }

    @Test
    @Points(1)
    @DisplayName("A strictly decreasing array")
    void decreasing() {
        check(60, 50, 40, 30, 20, 10);
    }

    @Test
    @Points(1)
    @DisplayName("Every element equal")
    void allEqual() {
        check(5, 5, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("The largest value first, then small ones")
    void maxFirst() {
        check(100000, 1, 2, 1, 2);
    }

    @Test
    @Points(1)
    @DisplayName("The largest value last")
    void maxLast() {
        check(3, 1, 2, 100000);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated maxima in the middle")
    void repeatedMaxima() {
        check(4, 9, 2, 9, 1, 9, 3);
    }

    @Test
    @Points(2)
    @DisplayName("10,000 strictly increasing values up to 100,000")
    void maxSizeIncreasing() {
        int[] arr = new int[10_000];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = 10 * (i + 1);
        }
        check(arr);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 values in a saw-tooth pattern")
    void maxSizeSawTooth() {
        int[] arr = new int[10_000];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = 1 + (i * 37) % 100_000;
        }
        check(arr);
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(2, 1);
        check(1);
        check(5, 4, 3, 2, 1);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(50);
            int bound = (t % 2 == 0) ? 10 : 100_000;
            int[] arr = new int[n];
            for (int i = 0; i < n; i++) {
                arr[i] = 1 + random.nextInt(bound);
            }
            int[] input = arr.clone();
            int[] expected = oracle(arr);
            String description = "seed " + SEED + ", case " + t + ": replaceElements("
                    + Arrays.toString(input) + ")";
            int[] returned = call(arr, description);
            if (!Arrays.equals(expected, arr) || returned != arr) {
                assertArrayEquals(expected, arr, description + ": the caller's array afterwards");
                assertSame(arr, returned, description + " must return the array it was given");
            }
        }
    }
}
