// Wrong solution: skips-last-element.
// Mistake modelled: the read loop stops at nums.length - 1, so the last
// element is never looked at. Inputs that end with val still come out right;
// a last element that should be kept is lost, and k is one too small.
public class RemoveElement {

    public static int removeElement(int[] nums, int val) {
        int k = 0;
        for (int i = 0; i < nums.length - 1; i++) { // bug: stops one early
            if (nums[i] != val) {
                nums[k] = nums[i];
                k++;
            }
        }
        return k;
    }
}
