public class Looper {
  public static int twice(int n) {
    return 2 * n + 1;
  }
}
