import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Numbers with an Even Number of Digits: examples from the statement")
class EvenDigitNumbersTest {

    private static void check(int expected, int... nums) {
        String call = "findNumbers(" + Arrays.toString(nums) + ")";
        int actual = EvenDigitNumbers.findNumbers(nums);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [12, 345, 2, 6, 7896]")
    void example1() {
        check(2, 12, 345, 2, 6, 7896);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [555, 901, 482, 1771]")
    void example2() {
        check(1, 555, 901, 482, 1771);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [1, 22, 333, 4444, 55555]")
    void example3() {
        check(2, 1, 22, 333, 4444, 55555);
    }
}
