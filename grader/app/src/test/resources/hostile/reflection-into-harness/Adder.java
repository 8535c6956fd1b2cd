// Hostile: reads the harness's result-channel key by reflection, to forge passing results.
public class Adder {
  public static int add(int a, int b) {
    try {
      Object key =
          Class.forName("course.harness." + "Channel").getDeclaredField("key").get(null);
      System.out.println(key);
    } catch (Exception e) {
      // try something else
    }
    return a + b;
  }
}
