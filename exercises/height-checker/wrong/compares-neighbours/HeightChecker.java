// Wrong solution: compares-neighbours.
// Mistake modelled: misreading the task as "count the students who are taller
// than the next person in line" instead of comparing with the sorted line.
// It gives 0 for a sorted line, but wrong answers for most unsorted ones.
public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int count = 0;
        for (int i = 0; i < heights.length - 1; i++) {
            if (heights[i] > heights[i + 1]) {
                count++;
            }
        }
        return count;
    }
}
