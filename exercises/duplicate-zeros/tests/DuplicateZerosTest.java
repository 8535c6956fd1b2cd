import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Duplicate Zeros: examples from the statement")
class DuplicateZerosTest {

    private static void check(int[] expected, int... arr) {
        String call = "duplicateZeros(" + Arrays.toString(arr) + ")";
        DuplicateZeros.duplicateZeros(arr);
        assertArrayEquals(expected, arr, () -> "arr after " + call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: [1, 0, 2, 3, 0, 4, 5, 0]")
    void example1() {
        check(new int[] {1, 0, 0, 2, 3, 0, 0, 4}, 1, 0, 2, 3, 0, 4, 5, 0);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: [1, 2, 3]")
    void example2() {
        check(new int[] {1, 2, 3}, 1, 2, 3);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: [0, 5, 6, 7]")
    void example3() {
        check(new int[] {0, 0, 5, 6}, 0, 5, 6, 7);
    }
}
