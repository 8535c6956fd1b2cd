import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Election restriction: examples from the statement")
class ElectionRestrictionTest {

    private static void check(boolean expected, int candLastTerm, int candLastIndex,
                              int voterLastTerm, int voterLastIndex) {
        String call = "candidateIsAtLeastAsUpToDate(" + candLastTerm + ", " + candLastIndex
                + ", " + voterLastTerm + ", " + voterLastIndex + ")";
        boolean actual = ElectionRestriction.candidateIsAtLeastAsUpToDate(
                candLastTerm, candLastIndex, voterLastTerm, voterLastIndex);
        assertEquals(expected, actual, () -> call);
    }

    @Test
    @Points(1)
    @DisplayName("Example 1: candidate (term 3, index 3), voter (term 2, index 5)")
    void example1() {
        check(true, 3, 3, 2, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Example 2: candidate (term 2, index 3), voter (term 2, index 4)")
    void example2() {
        check(false, 2, 3, 2, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 3: candidate (term 2, index 4), voter (term 2, index 4)")
    void example3() {
        check(true, 2, 4, 2, 4);
    }

    @Test
    @Points(1)
    @DisplayName("Example 4: candidate (term 1, index 6), voter (term 4, index 2)")
    void example4() {
        check(false, 1, 6, 4, 2);
    }

    @Test
    @Points(1)
    @DisplayName("Example 5: two empty logs (0, 0) and (0, 0)")
    void example5() {
        check(true, 0, 0, 0, 0);
    }
}
