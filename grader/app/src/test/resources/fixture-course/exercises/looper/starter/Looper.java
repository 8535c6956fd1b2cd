public class Looper {
  public static int twice(int n) {
    return 0;
  }
}
