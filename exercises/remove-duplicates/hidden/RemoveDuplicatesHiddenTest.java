import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import course.api.Points;

/** Hidden tests. Display names describe the input, never the answer. */
@DisplayName("Remove Duplicates from Sorted Array: hidden tests")
class RemoveDuplicatesHiddenTest {

    private static final long SEED = 20261202L;
    private static final int MAX_N = 30_000;

    /** Calls the student's method; an exception becomes a readable failure. */
    private static int call(int[] nums, String description) {
        try {
            return RemoveDuplicates.removeDuplicates(nums);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(description + " threw " + e, e);
        }
    }

    /** Oracle: the distinct values in order, in a new array. */
    private static int[] oracle(int[] nums) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            if (i == 0 || nums[i] != nums[i - 1]) {
                count++;
            }
        }
        int[] distinct = new int[count];
        int w = 0;
        for (int i = 0; i < nums.length; i++) {
            if (i == 0 || nums[i] != nums[i - 1]) {
                distinct[w++] = nums[i];
            }
        }
        return distinct;
    }

    /** Runs the method on nums and checks k and the first k slots of nums itself (in place). */
    private static void run(int[] nums, String description) {
        int[] expected = oracle(nums);
        String d = description != null ? description
                : "removeDuplicates(" + Arrays.toString(nums) + ")";
        int k = call(nums, d);
        if (k != expected.length) {
            assertEquals(expected.length, k, () -> "k returned by " + d);
        }
        int[] kept = Arrays.copyOf(nums, k);
        if (!Arrays.equals(expected, kept)) {
            String after = nums.length <= 60 ? Arrays.toString(nums) : "<too long to print>";
            assertArrayEquals(expected, kept, () -> "the first k slots of nums after " + d
                    + " (in order; nums after the call: " + after + ")");
        }
    }

    private static void check(int... nums) {
        run(nums, null);
    }

    @Test
    @Points(1)
    @DisplayName("A single element")
    void singleElement() {
        check(42);
    }

    @Test
    @Points(1)
    @DisplayName("Two equal elements")
    void twoEqual() {
        check(-7, -7);
    }

    @Test
    @Points(1)
    @DisplayName("Two different elements")
    void twoDifferent() {
        check(3, 4);
    }

    @Test
    @Points(2)
    @DisplayName("Every element is the same")
    void allEqual() {
        check(5, 5, 5, 5, 5, 5);
    }

    @Test
    @Points(1)
    @DisplayName("Every element is distinct")
    void allDistinct() {
        check(-100, -50, -1, 0, 1, 50, 100);
    }

    @Test
    @Points(2)
    @DisplayName("The array starts with -1")
    void startsWithMinusOne() {
        check(-1, -1, 0, 2);
    }

    @Test
    @Points(1)
    @DisplayName("The array starts with 0")
    void startsWithZero() {
        check(0, 1, 1, 2);
    }

    @Test
    @Points(2)
    @DisplayName("Only negative values, with duplicates")
    void negativeValues() {
        check(-100, -100, -42, -42, -42, -3, -1);
    }

    @Test
    @Points(2)
    @DisplayName("A distinct value at the very end")
    void distinctAtEnd() {
        check(1, 1, 1, 2, 2, 9);
    }

    @Test
    @Points(1)
    @DisplayName("A long run of duplicates at the end")
    void duplicatesAtEnd() {
        check(1, 2, 3, 3, 3, 3, 3);
    }

    @Test
    @Points(2)
    @DisplayName("30000 copies of the same value")
    void maxSizeAllEqual() {
        int[] nums = new int[MAX_N];
        Arrays.fill(nums, -100);
        run(nums, "removeDuplicates(<30000 copies of -100>)");
    }

    @Test
    @Points(2)
    @DisplayName("30000 elements covering every value from -100 to 100")
    void maxSizeFullRange() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = -100 + (int) ((long) i * 201 / MAX_N); // -100 .. 100, in runs
        }
        run(nums, "removeDuplicates(<30000 elements: runs of about 149 copies of each value -100..100>)");
    }

    @Test
    @Points(1)
    @DisplayName("30000 elements: the 201 values once each, then 100 repeated")
    void maxSizeDistinctThenRun() {
        int[] nums = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            nums[i] = i <= 200 ? i - 100 : 100;
        }
        run(nums, "removeDuplicates(<-100, -99, ..., 100, then 29799 more copies of 100>)");
    }

    @Test
    @Points(1)
    @DisplayName("Repeated calls, including twice on the same array")
    void repeatedCalls() {
        check(1, 1, 2);
        check(7);
        check(-2, -2, -2, 0, 0);
        int[] nums = {2, 2, 3, 3, 3};
        int k = call(nums, "first call removeDuplicates([2, 2, 3, 3, 3])");
        assertEquals(2, k, "k returned by removeDuplicates([2, 2, 3, 3, 3])");
        // The first k slots are sorted and distinct: compacting them again changes nothing.
        int[] prefix = Arrays.copyOf(nums, k);
        run(prefix, "removeDuplicates([2, 3]) (the result of a first call, passed in again)");
    }

    @Test
    @Points(3)
    @DisplayName("500 random sorted arrays within the constraints")
    void randomArrays() {
        Random random = new Random(SEED);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(40);
            // A narrow window of values gives long runs of duplicates.
            int width = 1 + random.nextInt(t % 5 == 0 ? 201 : 8);
            int low = -100 + random.nextInt(202 - width);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = low + random.nextInt(width);
            }
            Arrays.sort(nums);
            String description = "seed " + SEED + ", case " + t
                    + ": removeDuplicates(" + Arrays.toString(nums) + ")";
            run(nums, description);
        }
    }
}
