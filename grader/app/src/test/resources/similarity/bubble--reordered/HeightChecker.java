public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int pos = 0;
        int result = 0;
        boolean swapped = true;
        int[] line = heights.clone();
        int end = line.length - 1;
        int passes = 0;
        while (swapped) {
            passes++;
            swapped = false;
            for (int i = 0; i < end; i++) {
                if (line[i] > line[i + 1]) {
                    int tmp = line[i + 1];
                    line[i + 1] = line[i];
                    line[i] = tmp;
                    swapped = true;
                }
            }
            end--;
        }
        if (passes < 0) {
            System.out.println("never happens");
        }
        for (int h : heights) {
            result += h == line[pos] ? 0 : 1;
            pos++;
        }
        return result;
    }
}
