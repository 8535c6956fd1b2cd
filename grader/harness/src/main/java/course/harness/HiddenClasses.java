package course.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hidden tests arrive as bytes on stdin, after the word to go, and are defined in memory: their
 * class files exist nowhere in the child's file system, so no route that reads files or resources
 * can find them, with or without the {@link Guard}. Each is defined through a lookup on the
 * grader's anchor class of its package (from the folder of compiled tests, which the guard trusts),
 * so it has the tests' protection domain and the submission's class loader and runtime package, as
 * if it had been loaded from that folder.
 *
 * <p>Lines: {@code class NAME BASE64} for each class, then {@link #END}.
 */
final class HiddenClasses {
  /** The simple name of the anchor class the grader writes into each package of hidden tests. */
  static final String ANCHOR = "CourseHiddenAnchor$$";

  /** The line after the last class. */
  static final String END = "end";

  private HiddenClasses() {}

  /** Reads the classes up to {@link #END}; an ended stream or any other line is an error. */
  static Map<String, byte[]> read(BufferedReader in) throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (String line = in.readLine(); !END.equals(line); line = in.readLine()) {
      if (line == null || !line.startsWith("class ")) {
        throw new IllegalStateException("expected 'class NAME BASE64' or 'end' on stdin");
      }
      int space = line.indexOf(' ', "class ".length());
      classes.put(
          line.substring("class ".length(), space),
          Base64.getDecoder().decode(line.substring(space + 1)));
    }
    return classes;
  }

  /**
   * Defines every class, supertypes first: a class whose hidden supertype is not defined yet waits
   * for the next pass.
   */
  static void define(Map<String, byte[]> classes) throws ReflectiveOperationException {
    ClassLoader loader = ClassLoader.getSystemClassLoader();
    Map<String, MethodHandles.Lookup> lookups = new LinkedHashMap<>();
    List<String> left = new ArrayList<>(classes.keySet());
    while (!left.isEmpty()) {
      boolean progress = false;
      NoClassDefFoundError missing = null;
      for (Iterator<String> it = left.iterator(); it.hasNext(); ) {
        String name = it.next();
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        MethodHandles.Lookup lookup = lookups.get(pkg);
        if (lookup == null) {
          Class<?> anchor =
              Class.forName(pkg.isEmpty() ? ANCHOR : pkg + "." + ANCHOR, false, loader);
          HiddenClasses.class.getModule().addReads(anchor.getModule());
          lookup = MethodHandles.privateLookupIn(anchor, MethodHandles.lookup());
          lookups.put(pkg, lookup);
        }
        try {
          lookup.defineClass(classes.get(name));
          it.remove();
          progress = true;
        } catch (NoClassDefFoundError e) {
          missing = e;
        }
      }
      if (!progress) {
        throw missing;
      }
    }
  }
}
