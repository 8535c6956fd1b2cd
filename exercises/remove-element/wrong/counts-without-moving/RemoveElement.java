// Wrong solution: counts-without-moving.
// Mistake modelled: reading "return k" as the whole task. k is counted
// correctly, but nothing is moved, so the first k slots still hold the
// original elements, including copies of val.
public class RemoveElement {

    public static int removeElement(int[] nums, int val) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != val) {
                k++; // bug: the kept element is never written to nums[k]
            }
        }
        return k;
    }
}
