import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Replace Elements with Greatest Element on Right Side: examples")
class ReplaceElementsTest {

    private static void check(int[] expected, int... arr) {
        String call = "replaceElements(" + Arrays.toString(arr) + ")";
        int[] returned = ReplaceElements.replaceElements(arr);
        assertArrayEquals(expected, returned, () -> call + " returned");
        assertArrayEquals(expected, arr, () -> call + ": the caller's array afterwards");
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [17, 18, 5, 4, 6, 1]")
    void example1() {
        check(new int[] {18, 6, 6, 6, 1, -1}, 17, 18, 5, 4, 6, 1);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [400]")
    void example2() {
        check(new int[] {-1}, 400);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [1, 2, 3]")
    void example3() {
        check(new int[] {3, 3, -1}, 1, 2, 3);
    }
}
