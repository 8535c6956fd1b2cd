public class Adder {
  public static int add(int a, int b) {
    return 0; // TODO
  }
}
