import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Visible tests: the examples from the statement. */
@DisplayName("Quorums for membership changes: examples from the statement")
class RaftQuorumsTest {

    private static final int[] NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    private static String s(int[] a) {
        return Arrays.toString(a);
    }

    @Test
    @Points(1)
    @DisplayName("isMajority([1,2,3], [3,1])")
    void majorityOfThree() {
        assertEquals(true, RaftQuorums.isMajority(new int[] {1, 2, 3}, new int[] {3, 1}),
                "isMajority([1, 2, 3], [3, 1])");
    }

    @Test
    @Points(1)
    @DisplayName("isMajority([1,2,3,4], [1,2])")
    void tieOfFour() {
        assertEquals(false, RaftQuorums.isMajority(new int[] {1, 2, 3, 4}, new int[] {1, 2}),
                "isMajority([1, 2, 3, 4], [1, 2])");
    }

    @Test
    @Points(1)
    @DisplayName("isMajority([1,2,3], [3,3,7,9])")
    void duplicatesAndStrangers() {
        assertEquals(false, RaftQuorums.isMajority(new int[] {1, 2, 3}, new int[] {3, 3, 7, 9}),
                "isMajority([1, 2, 3], [3, 3, 7, 9])");
    }

    @Test
    @Points(1)
    @DisplayName("hasJointMajority, 3 to 9 servers, acks [1,2,4,5,6] and [4,...,9]")
    void thesisExample() {
        int[] old = {1, 2, 3};
        assertEquals(true, RaftQuorums.hasJointMajority(old, NINE, new int[] {1, 2, 4, 5, 6}),
                "hasJointMajority([1, 2, 3], " + s(NINE) + ", [1, 2, 4, 5, 6])");
        assertEquals(false, RaftQuorums.hasJointMajority(old, NINE, new int[] {4, 5, 6, 7, 8, 9}),
                "hasJointMajority([1, 2, 3], " + s(NINE) + ", [4, 5, 6, 7, 8, 9])");
    }

    @Test
    @Points(1)
    @DisplayName("isSingleServerChange: [1,2,3] to [4,1,2,3], [1,2,4] and [1,2]")
    void singleServerChanges() {
        assertEquals(true, RaftQuorums.isSingleServerChange(new int[] {1, 2, 3}, new int[] {4, 1, 2, 3}),
                "isSingleServerChange([1, 2, 3], [4, 1, 2, 3])");
        assertEquals(false, RaftQuorums.isSingleServerChange(new int[] {1, 2, 3}, new int[] {1, 2, 4}),
                "isSingleServerChange([1, 2, 3], [1, 2, 4])");
        assertEquals(true, RaftQuorums.isSingleServerChange(new int[] {1, 2, 3}, new int[] {1, 2}),
                "isSingleServerChange([1, 2, 3], [1, 2])");
    }
}
