import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Find All Numbers Disappeared in an Array: examples from the statement")
class DisappearedNumbersTest {

    private static void check(int[] expected, int... nums) {
        String call = "findDisappearedNumbers(" + Arrays.toString(nums) + ")";
        assertArrayEquals(expected, DisappearedNumbers.findDisappearedNumbers(nums), () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [4, 3, 2, 7, 8, 2, 3, 1]")
    void example1() {
        check(new int[] {5, 6}, 4, 3, 2, 7, 8, 2, 3, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [1, 1]")
    void example2() {
        check(new int[] {2}, 1, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [2, 1, 3]")
    void example3() {
        check(new int[] {}, 2, 1, 3);
    }
}
