// Wrong solution: sorts-caller-array.
// Mistake modelled: the "median" trick (sort matchIndex; the value at position
// n / 2 from the top is on a majority) is right, but it sorts the
// caller's matchIndex array itself. The leader's per-server bookkeeping is
// scrambled: after the call slot i no longer belongs to server i.
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int n = matchIndex.length;
        for (int i = 1; i < n; i++) { // insertion sort, descending, on the input (bug)
            int key = matchIndex[i];
            int j = i - 1;
            while (j >= 0 && matchIndex[j] < key) {
                matchIndex[j + 1] = matchIndex[j];
                j--;
            }
            matchIndex[j + 1] = key;
        }
        int candidate = matchIndex[n / 2]; // stored on at least n / 2 + 1 servers
        if (candidate > commitIndex && leaderLogTerms[candidate] == currentTerm) {
            return candidate;
        }
        return commitIndex;
    }
}
