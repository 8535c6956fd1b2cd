import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Remove Element: examples from the statement")
class RemoveElementTest {

    /** Checks k, then the first k slots of nums in any order. */
    private static void check(int[] expectedKept, int[] nums, int val) {
        String call = "removeElement(" + Arrays.toString(nums) + ", " + val + ")";
        int k = RemoveElement.removeElement(nums, val);
        assertEquals(expectedKept.length, k, () -> "k returned by " + call);
        int[] kept = Arrays.copyOf(nums, k);
        String after = Arrays.toString(nums);
        Arrays.sort(kept);
        int[] expected = expectedKept.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, kept,
                () -> "the first k slots after " + call + " (any order; nums after the call: " + after + ")");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [3, 2, 2, 3], val 3")
    void example1() {
        check(new int[] {2, 2}, new int[] {3, 2, 2, 3}, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [0, 1, 2, 2, 3, 0, 4, 2], val 2")
    void example2() {
        check(new int[] {0, 1, 3, 0, 4}, new int[] {0, 1, 2, 2, 3, 0, 4, 2}, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [1, 1, 1], val 1")
    void example3() {
        check(new int[] {}, new int[] {1, 1, 1}, 1);
    }
}
