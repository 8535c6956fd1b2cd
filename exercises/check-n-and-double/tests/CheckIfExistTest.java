import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Check If N and Its Double Exist: examples from the statement")
class CheckIfExistTest {

    private static void check(boolean expected, int... arr) {
        String call = "checkIfExist(" + Arrays.toString(arr) + ")";
        assertEquals(expected, CheckIfExist.checkIfExist(arr), () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [10, 2, 5, 3]")
    void example1() {
        check(true, 10, 2, 5, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [3, 1, 7, 11]")
    void example2() {
        check(false, 3, 1, 7, 11);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [-4, 7, -2]")
    void example3() {
        check(true, -4, 7, -2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: [0, 0]")
    void example4() {
        check(true, 0, 0);
    }
}
