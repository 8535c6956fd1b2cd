import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Merge Sorted Array: hidden tests")
class MergeSortedArrayHiddenTest {

    private static final long SEED = 20261130L;
    private static final int BILLION = 1_000_000_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static void call(int[] nums1, int m, int[] nums2, int n, String description) {
        try {
            MergeSortedArray.merge(nums1, m, nums2, n);
        } catch (RuntimeException | StackOverflowError e) {
            fail(description + " threw " + e, e);
        }
    }

    /** nums1 = the m real values followed by n placeholder zeros. */
    private static int[] withPlaceholders(int[] real, int n) {
        int[] nums1 = new int[real.length + n];
        for (int i = 0; i < real.length; i++) {
            nums1[i] = real[i];
        }
        return nums1;
    }

    /** Oracle: both value lists in one array, sorted with the library. */
    private static int[] oracle(int[] real, int[] nums2) {
        int[] all = new int[real.length + nums2.length];
        for (int i = 0; i < real.length; i++) {
            all[i] = real[i];
        }
        for (int j = 0; j < nums2.length; j++) {
            all[real.length + j] = nums2[j];
        }
        Arrays.sort(all);
        return all;
    }

    private static String describe(int[] nums1, int m, int[] nums2, int n) {
        return "merge(" + Arrays.toString(nums1) + ", " + m + ", "
                + Arrays.toString(nums2) + ", " + n + ")";
    }

    /**
     * Merges real (the first m values of nums1) with nums2, then checks nums1
     * itself (in place) and that nums2 was left alone.
     */
    private static void run(int[] real, int[] nums2, String description) {
        int m = real.length;
        int n = nums2.length;
        int[] nums1 = withPlaceholders(real, n);
        int[] nums2Before = nums2.clone();
        int[] expected = oracle(real, nums2);
        if (description == null) {
            description = describe(nums1, m, nums2, n);
        }
        call(nums1, m, nums2, n, description);
        String d = description;
        if (!Arrays.equals(expected, nums1)) {
            assertArrayEquals(expected, nums1, () -> "nums1 after " + d);
        }
        if (!Arrays.equals(nums2Before, nums2)) {
            assertArrayEquals(nums2Before, nums2,
                    () -> "nums2 must not be modified, but it changed in " + d);
        }
    }

    private static void run(int[] real, int... nums2) {
        run(real, nums2, null);
    }

    private static int[] range(int from, int count, int step) {
        int[] a = new int[count];
        for (int i = 0; i < count; i++) {
            a[i] = from + i * step;
        }
        return a;
    }

    @Test
    @Points(2)
    @DisplayName("m = 0: nums1 holds only placeholders")
    void mZero() {
        run(new int[] {}, -5, -1, 0, 3, 8);
    }

    @Test
    @Points(1)
    @DisplayName("n = 0: nums2 is empty")
    void nZero() {
        run(new int[] {-4, 0, 0, 7, 9});
    }

    @Test
    @Points(2)
    @DisplayName("Every value of nums2 is smaller than every value of nums1")
    void nums2AllSmaller() {
        run(new int[] {4, 5, 6}, 1, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Every value of nums2 is larger than every value of nums1")
    void nums2AllLarger() {
        run(new int[] {1, 2, 3}, 4, 5, 6);
    }

    @Test
    @Points(2)
    @DisplayName("nums2 has one value below nums1[0] and others in between")
    void oneBelowFirst() {
        run(new int[] {2, 4, 6}, 1, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Equal values in both arrays")
    void equalValues() {
        run(new int[] {2, 2, 3, 3}, 2, 3, 3);
    }

    @Test
    @Points(1)
    @DisplayName("All values equal")
    void allEqual() {
        run(new int[] {7, 7, 7}, 7, 7);
    }

    @Test
    @Points(2)
    @DisplayName("Negative values on both sides, below the placeholder zeros")
    void negativeValues() {
        run(new int[] {-9, -6, -3}, -8, -7, -1);
    }

    @Test
    @Points(1)
    @DisplayName("Interleaved values")
    void interleaved() {
        run(new int[] {1, 3, 5, 7, 9}, 0, 2, 4, 6, 8, 10);
    }

    @Test
    @Points(1)
    @DisplayName("One value each, nums2 smaller")
    void oneEachSmaller() {
        run(new int[] {5}, 4);
    }

    @Test
    @Points(2)
    @DisplayName("The extreme values -1000000000 and 1000000000")
    void extremeValues() {
        run(new int[] {-BILLION, 0, BILLION}, -BILLION, BILLION);
    }

    @Test
    @Points(2)
    @DisplayName("m = 100 and n = 100, interleaved")
    void maxSizeInterleaved() {
        run(range(0, 100, 2), range(1, 100, 2),
                "merge(<0, 2, ..., 198 and 100 placeholders>, 100, <1, 3, ..., 199>, 100)");
    }

    @Test
    @Points(2)
    @DisplayName("m = 100 and n = 100, nums2 entirely smaller and negative")
    void maxSizeNums2Smaller() {
        run(range(0, 100, 1), range(-BILLION, 100, 10_000_000),
                "merge(<0..99 and 100 placeholders>, 100, <-1000000000, -990000000, ..., -10000000>, 100)");
    }

    @Test
    @Points(1)
    @DisplayName("m = 0 and n = 200")
    void maxSizeOnlyNums2() {
        run(new int[] {}, range(-100, 200, 1), "merge(<200 placeholders>, 0, <-100, -99, ..., 99>, 200)");
    }

    @Test
    @Points(1)
    @DisplayName("m = 200 and n = 0")
    void maxSizeOnlyNums1() {
        run(range(-100, 200, 1), new int[] {}, "merge(<-100, -99, ..., 99>, 200, [], 0)");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        run(new int[] {1, 2, 3}, 2, 5, 6);
        run(new int[] {}, 1);
        run(new int[] {4, 5, 6}, 1, 2, 3);
        run(new int[] {1, 2, 3}, 2, 5, 6);
    }

    @Test
    @Points(3)
    @DisplayName("500 random pairs of sorted arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int total = 1 + random.nextInt(30);
            int m = random.nextInt(total + 1);
            int n = total - m;
            // Small value ranges give many ties; every tenth case uses the full range.
            int bound = (t % 10 == 0) ? BILLION : 1 + random.nextInt(20);
            int[] real = new int[m];
            int[] nums2 = new int[n];
            for (int i = 0; i < m; i++) {
                real[i] = random.nextInt(2 * bound + 1) - bound;
            }
            for (int j = 0; j < n; j++) {
                nums2[j] = random.nextInt(2 * bound + 1) - bound;
            }
            Arrays.sort(real);
            Arrays.sort(nums2);
            String description = "seed " + SEED + ", case " + t + ": "
                    + describe(withPlaceholders(real, n), m, nums2, n);
            run(real, nums2, description);
        }
    }
}
