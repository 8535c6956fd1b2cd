import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Remove Element: hidden tests")
class RemoveElementHiddenTest {

    private static final long SEED = 20261201L;
    private static final int MAX_N = 100;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] nums, int val, String description) {
        try {
            return RemoveElement.removeElement(nums, val);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    /** Oracle: the kept elements, in order, in a new array. */
    private static int[] oracle(int[] nums, int val) {
        int count = 0;
        for (int v : nums) {
            if (v != val) {
                count++;
            }
        }
        int[] kept = new int[count];
        int w = 0;
        for (int v : nums) {
            if (v != val) {
                kept[w++] = v;
            }
        }
        return kept;
    }

    /**
     * Runs the method on nums and checks k and the first k slots of nums
     * itself (in place), compared as multisets: the order is free.
     */
    private static void run(int[] nums, int val, String description) {
        int[] expected = oracle(nums, val);
        Arrays.sort(expected);
        String d = description != null ? description
                : "removeElement(" + Arrays.toString(nums) + ", " + val + ")";
        int k = call(nums, val, d);
        if (k != expected.length) {
            assertEquals(expected.length, k, () -> "k returned by " + d);
        }
        int[] kept = Arrays.copyOf(nums, k);
        Arrays.sort(kept);
        if (!Arrays.equals(expected, kept)) {
            String after = Arrays.toString(nums);
            assertArrayEquals(expected, kept, () -> "the first k slots of nums after " + d
                    + " (compared in any order; nums after the call: " + after + ")");
        }
    }

    private static void check(int val, int... nums) {
        run(nums, val, null);
    }

    @Test
    @Points(2)
    @DisplayName("An empty array")
    void emptyArray() {
        check(3);
    }

    @Test
    @Points(1)
    @DisplayName("A single element equal to val")
    void singleRemoved() {
        check(5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("A single element different from val")
    void singleKept() {
        check(5, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Every element equals val")
    void allEqualVal() {
        check(7, 7, 7, 7, 7, 7);
    }

    @Test
    @Points(1)
    @DisplayName("No element equals val")
    void noneEqualVal() {
        check(9, 1, 2, 3, 4, 5);
    }

    @Test
    @Points(1)
    @DisplayName("val is larger than every allowed element")
    void valOutOfRange() {
        check(100, 50, 0, 25, 50);
    }

    @Test
    @Points(2)
    @DisplayName("Copies of val before a last element that differs from val")
    void lastElementKept() {
        check(3, 3, 1, 3, 2);
    }

    @Test
    @Points(2)
    @DisplayName("A run of val at the end of the array")
    void valRunAtEnd() {
        check(2, 2, 1, 2, 2, 2);
    }

    @Test
    @Points(1)
    @DisplayName("A run of val at the start of the array")
    void valRunAtStart() {
        check(0, 0, 0, 0, 8, 9);
    }

    @Test
    @Points(1)
    @DisplayName("val alternates with other elements")
    void alternating() {
        check(4, 4, 1, 4, 2, 4, 3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("100 elements, all equal to val")
    void maxSizeAllVal() {
        int[] nums = new int[MAX_N];
        Arrays.fill(nums, 50);
        run(nums, 50, "removeElement(<100 copies of 50>, 50)");
    }

    @Test
    @Points(2)
    @DisplayName("100 elements counting 0..49 twice, val 0")
    void maxSizeMixed() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = i % 50;
        }
        run(nums, 0, "removeElement(<0, 1, ..., 49, 0, 1, ..., 49>, 0)");
    }

    @Test
    @Points(1)
    @DisplayName("100 elements, none equal to val")
    void maxSizeNoneVal() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = 50 - (i % 51);
        }
        run(nums, 100, "removeElement(<50, 49, ..., 0, 50, 49, ..., 2>, 100)");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls on different arrays")
    void repeatedCalls() {
        check(3, 3, 2, 2, 3);
        check(1);
        check(1, 1, 2, 1);
        check(3, 3, 2, 2, 3);
    }

    @Test
    @Points(3)
    @DisplayName("500 random arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = random.nextInt(31);
            // Few distinct values make val frequent; sometimes val is absent.
            int distinct = 1 + random.nextInt(t % 4 == 0 ? 51 : 4);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = random.nextInt(distinct);
            }
            int val = random.nextInt(5) == 0 ? random.nextInt(101) : random.nextInt(distinct);
            String description = "seed " + SEED + ", case " + t
                    + ": removeElement(" + Arrays.toString(nums) + ", " + val + ")";
            run(nums, val, description);
        }
    }
}
