import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Height Checker: examples from the statement")
class HeightCheckerTest {

    private static void check(int expected, int... heights) {
        String call = "heightChecker(" + Arrays.toString(heights) + ")";
        int actual = HeightChecker.heightChecker(heights);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [1, 1, 4, 2, 1, 3]")
    void example1() {
        check(3, 1, 1, 4, 2, 1, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [5, 1, 2, 3, 4]")
    void example2() {
        check(5, 5, 1, 2, 3, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [1, 2, 3, 4, 5]")
    void example3() {
        check(0, 1, 2, 3, 4, 5);
    }
}
