import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement, checked by property. */
@DisplayName("Sort Array By Parity: examples from the statement")
class SortArrayByParityTest {

    private static void check(int... nums) {
        int[] before = nums.clone();
        String call = "sortArrayByParity(" + Arrays.toString(before) + ")";
        int[] returned = SortArrayByParity.sortArrayByParity(nums);
        assertSame(nums, returned, () -> call + " must return the array it was given");
        int[] sortedBefore = before.clone();
        Arrays.sort(sortedBefore);
        int[] sortedAfter = nums.clone();
        Arrays.sort(sortedAfter);
        assertArrayEquals(sortedBefore, sortedAfter,
                () -> call + " left " + Arrays.toString(nums) + ", which does not hold the same values");
        boolean seenOdd = false;
        for (int v : nums) {
            seenOdd |= v % 2 != 0;
            int value = v;
            boolean odd = seenOdd;
            assertTrue(!(odd && value % 2 == 0),
                    () -> call + " left " + Arrays.toString(nums) + ": an even value after an odd one");
        }
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [3, 1, 2, 4]")
    void example1() {
        check(3, 1, 2, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [0]")
    void example2() {
        check(0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [5, 0, 7, 6]")
    void example3() {
        check(5, 0, 7, 6);
    }
}
