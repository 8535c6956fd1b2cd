// Wrong solution: boundary-zero-written-twice.
// Mistake modelled: the two-pass solution without the special case for a zero
// that lands exactly on the last slot. That zero is counted as doubled, so
// every survivor before it is written one slot too far to the right, and the
// old arr[0] is left behind as an extra copy at the front.
// [8, 4, 5, 0, 0, 0, 0, 7] becomes [8, 8, 4, 5, 0, 0, 0, 0].
public class DuplicateZeros {

    public static void duplicateZeros(int[] arr) {
        int last = arr.length - 1;
        int dups = 0;
        for (int i = 0; i <= last - dups; i++) {
            if (arr[i] == 0) {
                dups++; // bug: also when this zero's copy has no room
            }
        }
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
