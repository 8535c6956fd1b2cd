// Wrong solution: sentinel-minus-one.
// Mistake modelled: "previous value" starts as a made-up sentinel, -1, that
// is assumed never to occur. But -1 is a valid element: when the array starts
// with -1, the first -1 counts as a duplicate and is dropped.
public class RemoveDuplicates {

    public static int removeDuplicates(int[] nums) {
        int k = 0;
        int previous = -1; // bug: -1 is a legal value (values go down to -100)
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != previous) {
                nums[k] = nums[i];
                k++;
                previous = nums[i];
            }
        }
        return k;
    }
}
