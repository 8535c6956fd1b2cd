import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Valid Mountain Array: examples from the statement")
class ValidMountainArrayTest {

    private static void check(boolean expected, int... arr) {
        String call = "validMountainArray(" + Arrays.toString(arr) + ")";
        assertEquals(expected, ValidMountainArray.validMountainArray(arr), () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [2, 1]")
    void example1() {
        check(false, 2, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [3, 5, 5]")
    void example2() {
        check(false, 3, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [0, 3, 2, 1]")
    void example3() {
        check(true, 0, 3, 2, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: [0, 1, 2, 3]")
    void example4() {
        check(false, 0, 1, 2, 3);
    }
}
