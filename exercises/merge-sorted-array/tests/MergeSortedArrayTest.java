import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Merge Sorted Array: examples from the statement")
class MergeSortedArrayTest {

    private static void check(int[] expected, int[] nums1, int m, int[] nums2, int n) {
        String call = "merge(" + Arrays.toString(nums1) + ", " + m + ", "
                + Arrays.toString(nums2) + ", " + n + ")";
        MergeSortedArray.merge(nums1, m, nums2, n);
        assertArrayEquals(expected, nums1, () -> "nums1 after " + call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [1, 2, 3, 0, 0, 0], 3, [2, 5, 6], 3")
    void example1() {
        check(new int[] {1, 2, 2, 3, 5, 6}, new int[] {1, 2, 3, 0, 0, 0}, 3, new int[] {2, 5, 6}, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [1], 1, [], 0")
    void example2() {
        check(new int[] {1}, new int[] {1}, 1, new int[] {}, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [0], 0, [1], 1")
    void example3() {
        check(new int[] {1}, new int[] {0}, 0, new int[] {1}, 1);
    }
}
