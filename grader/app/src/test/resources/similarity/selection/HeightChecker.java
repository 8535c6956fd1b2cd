public class HeightChecker {
    public static int heightChecker(int[] heights) {
        int[] copy = new int[heights.length];
        System.arraycopy(heights, 0, copy, 0, heights.length);
        selectionSort(copy);
        int misplaced = 0;
        for (int i = 0; i < copy.length; i++)
            if (copy[i] != heights[i])
                misplaced = misplaced + 1;
        return misplaced;
    }

    private static void selectionSort(int[] a) {
        for (int i = 0; i < a.length - 1; i++) {
            int min = i;
            for (int j = i + 1; j < a.length; j++) {
                if (a[j] < a[min]) {
                    min = j;
                }
            }
            if (min != i) {
                int t = a[i];
                a[i] = a[min];
                a[min] = t;
            }
        }
    }
}
