public class HeightChecker {
    public static int heightChecker(int[] heights) {
        int[] sorted = mergeSort(heights, 0, heights.length);
        int diff = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != heights[i]) diff++;
        }
        return diff;
    }

    // Returns a new sorted array holding a[from..to); a itself is never written.
    static int[] mergeSort(int[] a, int from, int to) {
        if (to - from == 1) {
            return new int[] {a[from]};
        }
        int mid = (from + to) / 2;
        int[] left = mergeSort(a, from, mid);
        int[] right = mergeSort(a, mid, to);
        return merge(left, right);
    }

    static int[] merge(int[] left, int[] right) {
        int[] out = new int[left.length + right.length];
        int l = 0, r = 0, o = 0;
        while (l < left.length && r < right.length) {
            if (left[l] <= right[r]) {
                out[o++] = left[l++];
            } else {
                out[o++] = right[r++];
            }
        }
        while (l < left.length) out[o++] = left[l++];
        while (r < right.length) out[o++] = right[r++];
        return out;
    }
}
