import sun.misc.Unsafe;

// Hostile: sun.misc.Unsafe, to write anywhere in memory.
public class Adder {
  public static int add(int a, int b) {
    try {
      var field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      Unsafe unsafe = (Unsafe) field.get(null);
      unsafe.putAddress(0, 0);
    } catch (ReflectiveOperationException e) {
      // try something else
    }
    return a + b;
  }
}
