/**
 * Reference solution: counting sort, C-style.
 *
 * Why counting sort: every height is in 1..100, so instead of sorting we can
 * count how many students have each height. Reading the counts from the
 * smallest height upwards produces the sorted line one position at a time,
 * without ever building it and without touching the input array.
 * Time O(n + 100), extra space: one int[101] table.
 */
public class HeightChecker {

    public static int heightChecker(int[] heights) {
        // count[h] = how many students have height h. Index 0 is unused;
        // the table has 101 slots so that height 100 is a valid index.
        int[] count = new int[101];
        for (int i = 0; i < heights.length; i++) {
            count[heights[i]]++;
        }

        int mismatches = 0;
        // h is the smallest height that still has students left in the table,
        // i.e. the height that belongs at position i of the sorted line.
        int h = 1;
        for (int i = 0; i < heights.length; i++) {
            // Skip heights that are used up. This never runs past 100 because
            // the counts add up to exactly heights.length.
            while (count[h] == 0) {
                h++;
            }
            if (heights[i] != h) {
                mismatches++;
            }
            count[h]--; // position i of the sorted line is now taken
        }
        return mismatches;
    }
}
