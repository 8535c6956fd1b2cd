import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Valid Mountain Array: hidden tests")
class ValidMountainArrayHiddenTest {

    private static final long SEED = 20261127L;

    private static boolean call(int[] arr, String description) {
        try {
            return ValidMountainArray.validMountainArray(arr);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
            return false;
        }
    }

    private static void check(boolean expected, int... arr) {
        String description = "validMountainArray(" + shown(arr) + ")";
        assertEquals(expected, call(arr, description), () -> description);
    }

    private static String shown(int[] arr) {
        if (arr.length <= 40) {
            return Arrays.toString(arr);
        }
        return "an array of " + arr.length + " values starting "
                + Arrays.toString(Arrays.copyOf(arr, 8)).replace("]", ", ...]");
    }

    /** Oracle: find every strict rise and fall by definition. */
    private static boolean oracle(int[] arr) {
        int n = arr.length;
        for (int p = 1; p < n - 1; p++) {
            boolean ok = true;
            for (int i = 0; i < p && ok; i++) {
                ok = arr[i] < arr[i + 1];
            }
            for (int i = p; i < n - 1 && ok; i++) {
                ok = arr[i] > arr[i + 1];
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Points(1)
    @DisplayName("One element and two elements")
    void tooShort() {
        check(false, 5);
        check(false, 1, 2);
        check(false, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Three elements: [0, 1, 0]")
    void smallest() {
        check(true, 0, 1, 0);
    }

    @Test
    @Points(2)
    @DisplayName("Strictly decreasing arrays, and one with a single step up first")
    void onlyDecreasing() {
        check(false, 3, 2, 1);
        check(false, 9, 8, 7, 6, 5);
        check(true, 8, 9, 7, 6, 5);
    }

    @Test
    @Points(1)
    @DisplayName("A strictly increasing array of three, and one with a last step down")
    void onlyIncreasing() {
        check(false, 1, 2, 3);
        check(true, 1, 2, 3, 2);
    }

    @Test
    @Points(2)
    @DisplayName("A plateau on the way up: [1, 2, 2, 3, 1], and the same without it")
    void plateauOnClimb() {
        check(false, 1, 2, 2, 3, 1);
        check(true, 1, 2, 3, 1);
    }

    @Test
    @Points(1)
    @DisplayName("A plateau at the top: [1, 3, 3, 2], and the same without it")
    void plateauAtPeak() {
        check(false, 1, 3, 3, 2);
        check(true, 1, 3, 2);
    }

    @Test
    @Points(1)
    @DisplayName("A plateau on the way down: [1, 3, 2, 2, 1], and the same without it")
    void plateauOnDescent() {
        check(false, 1, 3, 2, 2, 1);
        check(true, 1, 3, 2, 1);
    }

    @Test
    @Points(2)
    @DisplayName("Zig-zags with two peaks, and a single-peaked array of five")
    void twoPeaks() {
        check(false, 0, 2, 1, 2, 0);
        check(false, 1, 5, 2, 4, 3, 0);
        check(true, 0, 2, 3, 2, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Long slopes with the peak next to either end")
    void peakNextToEnds() {
        check(true, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        check(true, 1, 2, 3, 4, 5, 6, 7, 8, 10, 9);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 values rising to a peak in the middle, then falling")
    void maxSizeMountain() {
        int[] arr = new int[10_000];
        for (int i = 0; i < 5_000; i++) {
            arr[i] = i;
        }
        for (int i = 5_000; i < 10_000; i++) {
            arr[i] = 10_000 - i;
        }
        // arr[4999] = 4999, arr[5000] = 5000 (the peak), arr[9999] = 1
        check(true, arr);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 strictly rising values from 0 to 9,999")
    void maxSizeRising() {
        int[] arr = new int[10_000];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = i;
        }
        check(false, arr);
    }

    @Test
    @Points(1)
    @DisplayName("10,000 values rising to the top value 10,000 with one plateau near the end, and without it")
    void maxSizePlateauNearEnd() {
        int[] arr = new int[10_000];
        for (int i = 0; i < 9_000; i++) {
            arr[i] = i + 1000;
        }
        for (int i = 9_000; i < 10_000; i++) {
            arr[i] = 10_000 - (i - 9_000);
        }
        arr[9_998] = arr[9_997];
        check(false, arr);
        arr[9_998] = arr[9_997] - 1;
        check(true, arr);
    }

    @Test
    @Points(2)
    @DisplayName("The input array is left unchanged")
    void inputNotModified() {
        int[] arr = {1, 4, 9, 7, 7, 2};
        int[] before = arr.clone();
        call(arr, "validMountainArray(" + Arrays.toString(before) + ")");
        assertArrayEquals(before, arr,
                () -> "validMountainArray must not change its input; it was "
                        + Arrays.toString(before) + " before the call and "
                        + Arrays.toString(arr) + " after it");
    }

    @Test
    @Points(3)
    @DisplayName("600 random arrays, many of them near-mountains")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 600; t++) {
            int n = 1 + random.nextInt(12);
            int[] arr = new int[n];
            if (t % 2 == 0) {
                // A real mountain, then maybe one value nudged to break it.
                int peak = n < 3 ? 0 : 1 + random.nextInt(n - 2);
                arr[peak] = 50 + random.nextInt(50);
                for (int i = peak - 1; i >= 0; i--) {
                    arr[i] = Math.max(0, arr[i + 1] - 1 - random.nextInt(5));
                }
                for (int i = peak + 1; i < n; i++) {
                    arr[i] = Math.max(0, arr[i - 1] - 1 - random.nextInt(5));
                }
                if (random.nextBoolean()) {
                    int j = random.nextInt(n);
                    arr[j] = Math.max(0, arr[j] + random.nextInt(5) - 2);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    arr[i] = random.nextInt(6);
                }
            }
            boolean expected = oracle(arr);
            String description = "seed " + SEED + ", case " + t + ": validMountainArray("
                    + Arrays.toString(arr) + ")";
            boolean actual = call(arr.clone(), description);
            if (actual != expected) {
                assertEquals(expected, actual, description);
            }
        }
    }
}
