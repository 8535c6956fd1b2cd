/**
 * Height checker.
 *
 * My approach: build the sorted line from a table of counts, then compare
 * it position by position with the line as given.
 */
public class HeightChecker {

    /**
     * @param heights the line of students
     * @return how many students are not where they should be
     */
    public static int heightChecker(int[] heights) {
        // one counter per possible height (index 0 unused)
        int[] frequency = new int[101];

        for (int h : heights) {
            frequency[h]++; // count this height
        }

        // fill the expected line with each height as many times as it occurs
        int[] expected = new int[heights.length];
        int next = 0;
        for (int value = 1; value <= 100; value++) {
            for (int k = 0; k < frequency[value]; k++) {
                expected[next] = value;
                next++;
            }
        }

        // compare
        int wrong = 0;
        for (int i = 0; i < heights.length; i++) {
            if (expected[i] != heights[i]) {
                wrong++;
            }
        }
        return wrong;
    }
}
