package course.grader.judge;

import course.grader.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The second static layer: reads the class files javac wrote for the submission and judges every
 * class, method and field they reference by its resolved name against the default deny list. The
 * source check ({@link StaticCheck}) cannot type every expression (a lambda parameter, a generic
 * helper); here every reference is exact, so {@code same(System.class).getMethod("load", ...)} is
 * {@code java.lang.Class.getMethod} whatever the source made of it. Reflection on the hidden tests
 * (same class loader, same package: the run-time guard does not see it) is stopped here.
 *
 * <p>Code javac writes on its own is allowed: the bootstrap methods of lambdas, string
 * concatenation and records ({@code java.lang.invoke} is otherwise denied).
 */
final class BytecodeCheck {
  private static final Set<String> BOOTSTRAPS =
      Set.of(
          "java/lang/invoke/LambdaMetafactory",
          "java/lang/invoke/StringConcatFactory",
          "java/lang/runtime/ObjectMethods",
          "java/lang/runtime/SwitchBootstraps");

  private final DenyList deny;

  BytecodeCheck() {
    this(List.of());
  }

  /** The check with the default rules {@code allow} names lifted (an exercise's {@code allow}). */
  BytecodeCheck(List<String> allow) {
    this.deny = DenyList.defaultsOnly(allow);
  }

  /** One diagnostic per denied reference (first per source line), in file and line order. */
  List<Diagnostic> check(Path studentClasses) {
    Map<String, Diagnostic> found = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> all = Files.walk(studentClasses)) {
      files = all.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    } catch (IOException e) {
      return List.of(new Diagnostic("javac", 0, 0, "cannot read the compiled classes: " + e));
    }
    for (Path file : files) {
      try {
        new ClassReader(Files.readAllBytes(file)).accept(new Classes(found), 0);
      } catch (IOException | RuntimeException e) {
        found.putIfAbsent(
            file.toString(),
            new Diagnostic("javac", 0, 0, "cannot read a compiled class of the submission"));
      }
    }
    return new ArrayList<>(found.values());
  }

  private final class Classes extends ClassVisitor {
    private final Map<String, Diagnostic> found;
    private String source = "?";

    Classes(Map<String, Diagnostic> found) {
      super(Opcodes.ASM9);
      this.found = found;
    }

    @Override
    public void visit(
        int version, int access, String name, String signature, String superName, String[] ifs) {
      if (superName != null) {
        judge(type(superName), 0);
      }
      for (String i : ifs) {
        judge(type(i), 0);
      }
    }

    @Override
    public void visitSource(String file, String debug) {
      source = file == null ? "?" : file;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String desc, String signature, String[] exceptions) {
      return new MethodVisitor(Opcodes.ASM9) {
        private int line;

        @Override
        public void visitLineNumber(int number, Label start) {
          line = number;
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String method, String desc, boolean itf) {
          judgeMember(owner, method, line);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
          judgeMember(owner, field, line);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          judge(type(type), line);
        }

        @Override
        public void visitLdcInsn(Object value) {
          constant(value, line);
        }

        @Override
        public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
          if (!BOOTSTRAPS.contains(bootstrap.getOwner())) {
            judgeMember(bootstrap.getOwner(), bootstrap.getName(), line);
          }
          for (Object a : args) {
            constant(a, line);
          }
        }
      };
    }

    private void constant(Object value, int line) {
      if (value instanceof Type t && t.getSort() == Type.OBJECT) {
        judge(type(t.getInternalName()), line);
      } else if (value instanceof Handle h) {
        judgeMember(h.getOwner(), h.getName(), line);
      }
    }

    private void judgeMember(String owner, String member, int line) {
      if (owner.startsWith("[")) {
        return; // a method of an array (clone): Object's
      }
      String name = type(owner);
      if (!judge(name, line) && !member.startsWith("<")) {
        judge(name + "." + member, line);
      }
    }

    private boolean judge(String name, int line) {
      Optional<DenyList.Rule> rule = deny.broken(name);
      rule.ifPresent(
          r ->
              found.putIfAbsent(
                  source + ":" + line,
                  new Diagnostic(
                      source,
                      line,
                      0,
                      r.message(name)
                          + " (found in the compiled code: the check of the source could not"
                          + " tell this type)")));
      return rule.isPresent();
    }
  }

  private static String type(String internalName) {
    return internalName.replace('/', '.').replace('$', '.');
  }
}
