import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Max Consecutive Ones: examples from the statement")
class MaxConsecutiveOnesTest {

    private static void check(int expected, int... nums) {
        String call = "findMaxConsecutiveOnes(" + Arrays.toString(nums) + ")";
        int actual = MaxConsecutiveOnes.findMaxConsecutiveOnes(nums);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [1, 1, 0, 1, 1, 1, 0, 1]")
    void example1() {
        check(3, 1, 1, 0, 1, 1, 1, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [1, 0, 1, 1, 0, 1]")
    void example2() {
        check(2, 1, 0, 1, 1, 0, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [1]")
    void example3() {
        check(1, 1);
    }
}
