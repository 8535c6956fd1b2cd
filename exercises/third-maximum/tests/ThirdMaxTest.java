import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Third Maximum Number: examples from the statement")
class ThirdMaxTest {

    private static void check(int expected, int... nums) {
        String call = "thirdMax(" + Arrays.toString(nums) + ")";
        assertEquals(expected, ThirdMax.thirdMax(nums), () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [3, 2, 1]")
    void example1() {
        check(1, 3, 2, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [1, 2]")
    void example2() {
        check(2, 1, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [2, 2, 3, 1]")
    void example3() {
        check(1, 2, 2, 3, 1);
    }
}
