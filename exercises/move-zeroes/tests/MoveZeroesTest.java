import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Move Zeroes: examples from the statement")
class MoveZeroesTest {

    private static void check(int[] expected, int... nums) {
        String call = "moveZeroes(" + Arrays.toString(nums) + ")";
        MoveZeroes.moveZeroes(nums);
        assertArrayEquals(expected, nums, () -> call + ": the array afterwards");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [0, 1, 0, 3, 12]")
    void example1() {
        check(new int[] {1, 3, 12, 0, 0}, 0, 1, 0, 3, 12);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [0]")
    void example2() {
        check(new int[] {0}, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [4, -2, 0, 0, 7]")
    void example3() {
        check(new int[] {4, -2, 7, 0, 0}, 4, -2, 0, 0, 7);
    }
}
