package course.grader.judge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import course.grader.report.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one compilation unit of a submission and reports every use of a name on the {@link
 * DenyList}: imports, types (declarations, generic arguments, casts, {@code new}), annotations,
 * calls, method references and field accesses, with what calls return. Part of {@link StaticCheck}.
 */
final class DenyWalk {
  /**
   * Method names of denied APIs: on a receiver whose type the check cannot tell (a lambda
   * parameter, a generic helper's result), a call by one of these names is rejected, whatever the
   * submission declares itself (declaring {@code getMethod} must not switch the rule off). On a
   * receiver of a known type, the deny list decides as for any call.
   */
  static final Set<String> DENIED_ON_UNKNOWN =
      Set.of(
          // reflection and class loading
          "forName",
          "getDeclaredField",
          "getDeclaredFields",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "getDeclaredClasses",
          "getMethod",
          "getMethods",
          "getField",
          "getFields",
          "getConstructor",
          "getConstructors",
          "getRecordComponents",
          "invoke",
          "invokeExact",
          "invokeWithArguments",
          "newInstance",
          "setAccessible",
          "trySetAccessible",
          "getClassLoader",
          "getContextClassLoader",
          "setContextClassLoader",
          "getSystemClassLoader",
          "getPlatformClassLoader",
          "defineClass",
          "defineHiddenClass",
          "loadClass",
          "lookup",
          "privateLookupIn",
          "findVirtual",
          "findStatic",
          "findSpecial",
          "findConstructor",
          "findGetter",
          "findSetter",
          "findStaticGetter",
          "findStaticSetter",
          "findVarHandle",
          "unreflect",
          "getProtectionDomain",
          "getCodeSource",
          "getModule",
          "addOpens",
          "addExports",
          "getUnsafe",
          // class files and other resources (the hidden tests are class files)
          "getResource",
          "getResources",
          "getResourceAsStream",
          "getSystemResource",
          "getSystemResources",
          "getSystemResourceAsStream",
          // native code
          "load",
          "loadLibrary",
          "mapLibraryName",
          // the JVM, processes, other threads
          "exit",
          "halt",
          "getRuntime",
          "addShutdownHook",
          "exec",
          "setSecurityManager",
          "stop",
          "suspend",
          "resume",
          "getAllStackTraces",
          "getThreadGroup");

  /** Thread methods allowed only on threads the submission holds itself. */
  private static final Set<String> OWN_THREADS_ONLY =
      Set.of("interrupt", "setUncaughtExceptionHandler");

  /** Constructors that open a file when their first argument is a String. */
  private static final Set<String> FILE_NAME_CONSTRUCTORS =
      Set.of("java.io.PrintStream", "java.io.PrintWriter", "java.util.Formatter");

  private final String file;
  private final NameResolver names;
  private final DenyList deny;
  private final Map<String, Diagnostic> found;

  DenyWalk(String file, NameResolver names, DenyList deny, Map<String, Diagnostic> found) {
    this.file = file;
    this.names = names;
    this.deny = deny;
    this.found = found;
  }

  void walk(CompilationUnit cu) {
    cu.walk(Node.TreeTraversal.PREORDER, this::visit);
  }

  private void visit(Node node) {
    if (node instanceof ImportDeclaration i) {
      judge(i, i.getNameAsString());
    } else if (node instanceof ClassOrInterfaceType c) {
      boolean scopeOfAnother =
          c.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
              && outer.getScope().filter(s -> s == c).isPresent();
      if (!scopeOfAnother) {
        names.resolveType(c).filter(t -> !t.isOwn()).ifPresent(t -> judge(c, t.name()));
      }
    } else if (node instanceof AnnotationExpr a) {
      names
          .resolveType(a.getNameAsString(), a)
          .filter(t -> !t.isOwn())
          .ifPresent(t -> judge(a, t.name()));
    } else if (node instanceof MethodCallExpr call) {
      visitCall(call);
    } else if (node instanceof MethodReferenceExpr m) {
      NameResolver.Member member = names.methodReference(m.getScope(), m.getIdentifier());
      if (!judgeAny(m, member.names()) && !member.known()) {
        byName(m, m.getIdentifier());
      }
    } else if (node instanceof FieldAccessExpr f) {
      visitField(f);
    } else if (node instanceof NameExpr n) {
      if (names.ref(n) instanceof NameResolver.Ref.TypeUse t && !t.type().isOwn()) {
        judge(n, t.type().name());
      }
    } else if (node instanceof ObjectCreationExpr o) {
      visitNew(o);
    }
  }

  private void visitCall(MethodCallExpr call) {
    NameResolver.Member member = names.method(call);
    if (judgeAny(call, member.names())) {
      return;
    }
    if (!member.known()) {
      byName(call, call.getNameAsString());
      return;
    }
    // What it returns: a denied type reached without naming it (Arrays.stream gives a
    // java.util.stream type; getThreadGroup a ThreadGroup). Every overload must agree.
    List<String> may =
        member.result().isPresent()
            ? member.result().filter(t -> !t.isOwn()).map(t -> List.of(t.name())).orElse(List.of())
            : member.mayReturn().stream().map(t -> t.replace("[]", "")).toList();
    List<DenyList.Rule> broken = may.stream().map(deny::broken).flatMap(Optional::stream).toList();
    if (!may.isEmpty() && broken.size() == may.size()) {
      String called = member.names().isEmpty() ? call.getNameAsString() : member.names().get(0);
      String returned = may.size() == 1 ? may.get(0) : "a type of " + broken.get(0).target();
      StaticCheck.add(
          found,
          StaticCheck.at(
              file, call, broken.get(0).message(called + ", which returns " + returned + ",")));
    }
    if (OWN_THREADS_ONLY.contains(call.getNameAsString())
        && member.names().contains("java.lang.Thread." + call.getNameAsString())
        && !heldByTheSubmission(call)) {
      StaticCheck.add(
          found,
          StaticCheck.at(
              file,
              call,
              "java.lang.Thread."
                  + call.getNameAsString()
                  + " is allowed only on threads your code holds in a variable (default deny"
                  + " list: controlling threads you did not start): Thread t = new Thread(...);"
                  + " t."
                  + call.getNameAsString()
                  + "(...)"));
    }
  }

  private boolean heldByTheSubmission(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return true;
    }
    var scope = call.getScope().get();
    if (scope.isNameExpr() || scope.isThisExpr()) {
      return true;
    }
    if (scope instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
      return true;
    }
    return scope instanceof MethodCallExpr m
        && m.getNameAsString().equals("currentThread")
        && names.method(m).names().contains("java.lang.Thread.currentThread");
  }

  private void visitField(FieldAccessExpr f) {
    NameResolver.Ref ref = names.ref(f);
    Optional<String> dotted = NameResolver.dotted(ref);
    if (dotted.isPresent()) {
      if (dotted.get().contains(".")) {
        judge(f, dotted.get());
      }
      return;
    }
    NameResolver.Ref scope = names.ref(f.getScope());
    Optional<NameResolver.TypeRef> owner =
        scope instanceof NameResolver.Ref.TypeUse t
            ? Optional.of(t.type())
            : scope instanceof NameResolver.Ref.Value v ? v.type() : Optional.empty();
    owner
        .filter(t -> !t.isOwn() && t.dims() == 0)
        .ifPresent(t -> judge(f, t.name() + "." + f.getNameAsString()));
    if (ref instanceof NameResolver.Ref.Value v) {
      v.type().filter(t -> !t.isOwn()).ifPresent(t -> judge(f, t.name()));
    }
  }

  private void visitNew(ObjectCreationExpr o) {
    Optional<NameResolver.TypeRef> type = names.resolveType(o.getType());
    if (type.isEmpty() || !FILE_NAME_CONSTRUCTORS.contains(type.get().name())) {
      return;
    }
    if (o.getArguments().isEmpty()) {
      return;
    }
    boolean fileName =
        names
            .typeOf(o.getArgument(0))
            .filter(t -> t.name().equals("java.lang.String") && t.dims() == 0)
            .isPresent();
    if (fileName) {
      StaticCheck.add(
          found,
          StaticCheck.at(
              file,
              o,
              "new "
                  + type.get().name()
                  + "(String) writes a file (default deny list: files): work on the values"
                  + " your method gets; to print, use System.out"));
    }
  }

  private void byName(Node at, String method) {
    Optional<DenyList.Rule> forbidden = deny.forbiddenMethodNamed(method);
    if (forbidden.isPresent()) {
      StaticCheck.add(
          found,
          StaticCheck.at(
              file,
              at,
              forbidden
                  .get()
                  .message(
                      method
                          + " on a value whose type the check cannot tell (it may be "
                          + forbidden.get().target()
                          + ")")));
      return;
    }
    if (DENIED_ON_UNKNOWN.contains(method)) {
      StaticCheck.add(
          found,
          StaticCheck.at(
              file,
              at,
              method
                  + " on a value whose type the check cannot tell is not allowed (default deny"
                  + " list: reflection, resources, native code and control of the JVM share"
                  + " this name); if it is your own method, call it on a variable declared with"
                  + " your class's type"));
    }
  }

  /** Reports the first of {@code candidates} the deny list forbids; true if one was. */
  private boolean judgeAny(Node at, List<String> candidates) {
    for (String name : candidates) {
      if (judge(at, name)) {
        return true;
      }
    }
    return false;
  }

  private boolean judge(Node at, String name) {
    Optional<DenyList.Rule> rule = deny.broken(name);
    rule.ifPresent(r -> StaticCheck.add(found, StaticCheck.at(file, at, r.message(name))));
    return rule.isPresent();
  }
}
