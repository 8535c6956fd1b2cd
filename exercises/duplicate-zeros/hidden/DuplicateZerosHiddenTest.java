import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Duplicate Zeros: hidden tests")
class DuplicateZerosHiddenTest {

    private static final long SEED = 20261129L;
    private static final int MAX_N = 10_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static void call(int[] arr, String description) {
        try {
            DuplicateZeros.duplicateZeros(arr);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
        }
    }

    /** Runs the method on arr and checks arr itself afterwards (in place). */
    private static void check(int[] expected, int... arr) {
        String description = "duplicateZeros(" + Arrays.toString(arr) + ")";
        call(arr, description);
        assertArrayEquals(expected, arr, () -> "arr after " + description);
    }

    /** For arrays too long to print: the caller describes them in words. */
    private static void checkLarge(int[] arr, String description) {
        int[] expected = oracle(arr);
        call(arr, description);
        assertArrayEquals(expected, arr, () -> "arr after " + description);
    }

    /** Oracle: read the original left to right and write into a new array until it is full. */
    private static int[] oracle(int[] arr) {
        int[] out = new int[arr.length];
        int write = 0;
        for (int read = 0; write < out.length; read++) {
            out[write++] = arr[read];
            if (arr[read] == 0 && write < out.length) {
                out[write++] = 0;
            }
        }
        return out;
    }

    @Test
    @Points(1)
    @DisplayName("A single zero")
    void singleZero() {
        check(new int[] {0}, 0);
    }

    @Test
    @Points(1)
    @DisplayName("A single non-zero element")
    void singleNonZero() {
        check(new int[] {7}, 7);
    }

    @Test
    @Points(1)
    @DisplayName("Only zeros, even length")
    void allZerosEven() {
        check(new int[] {0, 0, 0, 0, 0, 0}, 0, 0, 0, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Only zeros, odd length; then four zeros before a non-zero")
    void allZerosOdd() {
        check(new int[] {0, 0, 0, 0, 0}, 0, 0, 0, 0, 0);
        check(new int[] {0, 0, 0, 0, 0}, 0, 0, 0, 0, 6);
    }

    @Test
    @Points(1)
    @DisplayName("No zeros at all; then the same values with one zero in the middle")
    void noZeros() {
        check(new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        check(new int[] {9, 8, 7, 6, 0, 0, 4, 3, 2}, 9, 8, 7, 6, 0, 4, 3, 2, 1);
    }

    @Test
    @Points(3)
    @DisplayName("A zero whose second copy would fall just past the end")
    void boundaryZero() {
        check(new int[] {8, 4, 5, 0, 0, 0, 0, 0}, 8, 4, 5, 0, 0, 0, 0, 7);
    }

    @Test
    @Points(2)
    @DisplayName("A boundary zero with non-zero elements between the zeros")
    void boundaryZeroSpread() {
        check(new int[] {1, 0, 0, 2, 0}, 1, 0, 2, 0, 3);
    }

    @Test
    @Points(2)
    @DisplayName("A zero in the last slot only; then a zero in the middle slot of three")
    void zeroAtLastIndex() {
        check(new int[] {1, 2, 0}, 1, 2, 0);
        check(new int[] {1, 0, 0}, 1, 0, 2);
    }

    @Test
    @Points(1)
    @DisplayName("A zero in the first slot of a two-element array")
    void zeroFirstOfTwo() {
        check(new int[] {0, 0}, 0, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Zeros at both ends")
    void zerosAtBothEnds() {
        check(new int[] {0, 0, 1, 2, 3}, 0, 1, 2, 3, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Neighbouring zeros in the middle")
    void adjacentZerosMiddle() {
        check(new int[] {4, 0, 0, 0, 0, 5, 6, 7}, 4, 0, 0, 5, 6, 7, 8, 9);
    }

    @Test
    @Points(2)
    @DisplayName("10000 zeros; then 9999 zeros followed by a 9")
    void maxSizeAllZeros() {
        checkLarge(new int[MAX_N], "duplicateZeros(<10000 zeros>)");
        int[] arr = new int[MAX_N];
        arr[MAX_N - 1] = 9;
        checkLarge(arr, "duplicateZeros(<9999 zeros, then a 9>)");
    }

    @Test
    @Points(2)
    @DisplayName("10000 elements alternating 0 and 9, starting with 9")
    void maxSizeAlternating() {
        int[] arr = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            arr[i] = (i % 2 == 0) ? 9 : 0;
        }
        checkLarge(arr, "duplicateZeros(<10000 elements: 9, 0, 9, 0, ...>)");
    }

    @Test
    @Points(2)
    @DisplayName("9999 elements: 6666 non-zero elements, then zeros, then a 5 in the last slot")
    void maxSizeBoundary() {
        // 6666 non-zero elements fill 6666 slots, 1666 doubled zeros fill
        // 3332 more, and the next zero lands alone on the last slot; the 5
        // at the end is pushed out.
        int[] arr = new int[9999];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = (i < 6666) ? 1 + (i % 9) : 0;
        }
        arr[arr.length - 1] = 5;
        checkLarge(arr, "duplicateZeros(<9999 elements: 1..9 repeated up to index 6665, then zeros, then a 5>)");
    }

    @Test
    @Points(1)
    @DisplayName("10000 elements of 1..9 without zeros")
    void maxSizeNoZeros() {
        int[] arr = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            arr[i] = 1 + (i % 9);
        }
        checkLarge(arr, "duplicateZeros(<10000 elements: 1, 2, ..., 9, 1, 2, ...>)");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(new int[] {0, 0, 1}, 0, 1, 2);
        check(new int[] {3, 4}, 3, 4);
        check(new int[] {5, 0, 0}, 5, 0, 6);
        // The same array a second time: its zeros are doubled again.
        int[] arr = {0, 1, 2, 3};
        call(arr, "first call duplicateZeros([0, 1, 2, 3])");
        call(arr, "second call duplicateZeros(<same array, now [0, 0, 1, 2]>)");
        assertArrayEquals(new int[] {0, 0, 0, 0}, arr,
                "arr after calling duplicateZeros twice on [0, 1, 2, 3]");
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(25);
            // A random share of zeros, from none to nearly all.
            int zeroPercent = random.nextInt(101);
            int[] arr = new int[n];
            for (int i = 0; i < n; i++) {
                arr[i] = random.nextInt(100) < zeroPercent ? 0 : 1 + random.nextInt(9);
            }
            int[] expected = oracle(arr);
            String description = "seed " + SEED + ", case " + t
                    + ": duplicateZeros(" + Arrays.toString(arr) + ")";
            call(arr, description);
            if (!Arrays.equals(expected, arr)) {
                assertArrayEquals(expected, arr, "arr after " + description);
            }
        }
    }
}
