import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Remove Duplicates from Sorted Array: examples from the statement")
class RemoveDuplicatesTest {

    /** Checks k, then the first k slots of nums, in order. */
    private static void check(int[] expectedDistinct, int... nums) {
        String call = "removeDuplicates(" + Arrays.toString(nums) + ")";
        int k = RemoveDuplicates.removeDuplicates(nums);
        assertEquals(expectedDistinct.length, k, () -> "k returned by " + call);
        int[] kept = Arrays.copyOf(nums, k);
        assertArrayEquals(expectedDistinct, kept, () -> "the first k slots after " + call
                + " (nums after the call: " + Arrays.toString(nums) + ")");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [1, 1, 2]")
    void example1() {
        check(new int[] {1, 2}, 1, 1, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [0, 0, 1, 1, 1, 2, 2, 3, 3, 4]")
    void example2() {
        check(new int[] {0, 1, 2, 3, 4}, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [-3, -3, 5]")
    void example3() {
        check(new int[] {-3, 5}, -3, -3, 5);
    }
}
