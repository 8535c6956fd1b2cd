// Wrong solution: swap-without-recheck.
// Mistake modelled: the "move the last element into the hole" approach, but
// after moving it, the loop goes on to i + 1 instead of looking at slot i
// again. When the moved element also equals val, it stays in the kept part.
public class RemoveElement {

    public static int removeElement(int[] nums, int val) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            if (nums[i] == val) {
                nums[i] = nums[n - 1];
                n--; // bug: slot i is not checked again
            }
        }
        return n;
    }
}
