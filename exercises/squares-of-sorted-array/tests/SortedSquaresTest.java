import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Squares of a Sorted Array: examples from the statement")
class SortedSquaresTest {

    private static void check(int[] expected, int... nums) {
        String call = "sortedSquares(" + Arrays.toString(nums) + ")";
        int[] actual = SortedSquares.sortedSquares(nums);
        assertArrayEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [-4, -1, 0, 3, 10]")
    void example1() {
        check(new int[] {0, 1, 9, 16, 100}, -4, -1, 0, 3, 10);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [-7, -3, 2, 3, 11]")
    void example2() {
        check(new int[] {4, 9, 9, 49, 121}, -7, -3, 2, 3, 11);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [-3, 0, 3]")
    void example3() {
        check(new int[] {0, 9, 9}, -3, 0, 3);
    }
}
