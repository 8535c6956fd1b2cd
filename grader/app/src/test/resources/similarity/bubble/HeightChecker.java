public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int[] line = heights.clone();
        boolean swapped = true;
        int end = line.length - 1;
        while (swapped) {
            swapped = false;
            for (int i = 0; i < end; i++) {
                if (line[i] > line[i + 1]) {
                    int tmp = line[i];
                    line[i] = line[i + 1];
                    line[i + 1] = tmp;
                    swapped = true;
                }
            }
            end--;
        }
        int result = 0;
        int pos = 0;
        for (int h : heights) {
            result += h == line[pos] ? 0 : 1;
            pos++;
        }
        return result;
    }
}
