public class HeightChecker {
    static int[] combine(int[] first, int[] second) {
        int[] result = new int[first.length + second.length];
        int x = 0, y = 0, z = 0;
        while (first.length > x && second.length > y) {
            if (second[y] >= first[x]) {
                result[z++] = first[x++];
            } else {
                result[z++] = second[y++];
            }
        }
        while (first.length > x) result[z++] = first[x++];
        while (second.length > y) result[z++] = second[y++];
        return result;
    }

    static int[] sortRange(int[] arr, int lo, int hi) {
        if (hi - lo == 1) {
            return new int[] {arr[lo]};
        }
        int middle = (lo + hi) / 2;
        int[] a = sortRange(arr, lo, middle);
        int[] b = sortRange(arr, middle, hi);
        return combine(a, b);
    }

    public static int heightChecker(int[] heights) {
        int[] s = sortRange(heights, 0, heights.length);
        int d = 0;
        for (int k = 0; k < s.length; k += 1) {
            if (heights[k] != s[k]) d += 1;
        }
        return d;
    }
}
