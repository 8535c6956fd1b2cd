// Wrong solution: result-sized-n.
// Mistake modelled: skips the counting pass and returns a result array of length n, with the
// missing values at the front and zeros after them: [1, 1] returns [2, 0] instead of [2].
public class DisappearedNumbers {

    public static int[] findDisappearedNumbers(int[] nums) {
        int n = nums.length;
        boolean[] seen = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            seen[nums[i]] = true;
        }
        int[] result = new int[n]; // bug: should be exactly the number of missing values
        int k = 0;
        for (int v = 1; v <= n; v++) {
            if (!seen[v]) {
                result[k++] = v;
            }
        }
        return result;
    }
}
