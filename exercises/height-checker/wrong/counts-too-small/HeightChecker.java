// Wrong solution: counts-too-small.
// Mistake modelled: "heights go up to 100, so I need 100 counters" -> the
// table is new int[100] but is indexed directly by the height, so height 100
// is out of bounds (ArrayIndexOutOfBoundsException). Small examples work.
public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int[] count = new int[100]; // bug: valid indices are 0..99, heights reach 100
        for (int i = 0; i < heights.length; i++) {
            count[heights[i]]++;
        }

        int mismatches = 0;
        int h = 0;
        for (int i = 0; i < heights.length; i++) {
            while (count[h] == 0) {
                h++;
            }
            if (heights[i] != h) {
                mismatches++;
            }
            count[h]--;
        }
        return mismatches;
    }
}
