public class HeightChecker {
    public static int heightChecker(int[] heights) {
        int[] copy = new int[heights.length];
        System.arraycopy(heights, 0, copy, 0, heights.length);
        selectionSort(copy);
        int misplaced = 0;
        int i = 0;
        while (i < copy.length) {
            if (copy[i] != heights[i])
                misplaced = misplaced + 1;
            i++;
        }
        return misplaced;
    }

    private static void selectionSort(int[] a) {
        int i = 0;
        while (i < a.length - 1) {
            int min = i;
            int j = i + 1;
            while (j < a.length) {
                if (a[j] < a[min]) {
                    min = j;
                }
                j++;
            }
            if (min != i) {
                int t = a[i];
                a[i] = a[min];
                a[min] = t;
            }
            i++;
        }
    }
}
