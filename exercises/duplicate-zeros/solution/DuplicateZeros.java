/**
 * Reference solution: two passes, the second one from right to left.
 *
 * Pass 1 finds the last source element that survives and counts the zeros
 * before it that are doubled (dups). A zero that lands exactly on the last
 * slot has no room for its copy: it is written once, at the end, and left out
 * of the second pass.
 * Pass 2 walks the survivors backwards and writes arr[i] at i + dups (a zero
 * twice). Because i + dups >= i, a write never destroys an element that is
 * still to be read. Time O(n), extra space O(1).
 */
public class DuplicateZeros {

    public static void duplicateZeros(int[] arr) {
        int last = arr.length - 1; // last index that pass 2 still has to fill
        int dups = 0;
        int i = 0;
        // Invariant: elements 0..i-1 fill exactly i + dups slots.
        for (; i <= last - dups; i++) {
            if (arr[i] == 0) {
                if (i == last - dups) {
                    // This zero takes the very last slot; its copy is dropped.
                    arr[last] = 0;
                    last--;
                    break;
                }
                dups++;
            }
        }

        // Copy the survivors backwards. The last one is at index last - dups.
        for (int src = last - dups; src >= 0; src--) {
            if (arr[src] == 0) {
                arr[src + dups] = 0;
                dups--;
                arr[src + dups] = 0;
            } else {
                arr[src + dups] = arr[src];
            }
        }
    }
}
