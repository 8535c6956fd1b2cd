import static java.nio.file.Files.writeString;

import java.nio.file.Path;

// Hostile: writes a file outside its working folder.
public class Adder {
  public static int add(int a, int b) {
    try {
      writeString(Path.of(System.getProperty("java.io.tmpdir"), "course-hostile.txt"), "x");
    } catch (java.io.IOException e) {
      // read-only
    }
    return a + b;
  }
}
