package course.grader.judge;

import course.catalog.CourseException;
import course.harness.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The hidden tests' class files leave the disk before the child runs: they are read into memory,
 * the folder javac wrote them to is deleted, and the child gets them as bytes on its stdin (see
 * {@code course.harness.HiddenClasses}). In their place, each of their packages gets an empty
 * anchor class in the folder of compiled tests, through which the harness defines them in that
 * package with the tests' rights. So no file in or out of the sandbox holds them while student code
 * runs: the second layer, beside the guard, against reading them as files or resources.
 */
final class HiddenClassFiles {
  private HiddenClassFiles() {}

  /**
   * @param compiled the folder javac wrote the hidden tests to; deleted
   * @param classes the folder of compiled tests the child sees; gets the anchors
   * @return binary name to class bytes, in a stable order
   */
  static Map<String, byte[]> take(Path compiled, Path classes) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    Set<String> packages = new TreeSet<>();
    try {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(compiled)) {
        files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path f : files) {
        String relative =
            compiled.relativize(f).toString().replace(java.io.File.separatorChar, '/');
        String internal = relative.substring(0, relative.length() - ".class".length());
        bytes.put(internal.replace('/', '.'), Files.readAllBytes(f));
        int slash = internal.lastIndexOf('/');
        packages.add(slash < 0 ? "" : internal.substring(0, slash));
      }
      for (String pkg : packages) {
        String anchor = (pkg.isEmpty() ? "" : pkg + "/") + Main.HIDDEN_ANCHOR;
        Path file = classes.resolve(anchor + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, anchor(anchor));
      }
      try (Stream<Path> walk = Files.walk(compiled)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw CourseException.internal("cannot read the compiled hidden tests: " + e, e);
    }
    return bytes;
  }

  /** An empty, final, package-private class: it only names a package for the harness. */
  private static byte[] anchor(String internalName) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(
        Opcodes.V11,
        Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
        internalName,
        null,
        "java/lang/Object",
        null);
    writer.visitEnd();
    return writer.toByteArray();
  }
}
