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
  /** Method names that only reflection and JVM control use: judged on any receiver. */
  private static final Set<String> REFLECTIVE_NAMES =
      Set.of(
          "forName",
          "getDeclaredField",
          "getDeclaredFields",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "getDeclaredClasses",
          "setAccessible",
          "trySetAccessible",
          "getClassLoader",
          "getContextClassLoader",
          "setContextClassLoader",
          "getSystemClassLoader",
          "privateLookupIn",
          "getUnsafe",
          "getAllStackTraces",
          "getThreadGroup");

  /**
   * Method names of denied APIs that a submission may well declare itself (a Raft node's {@code
   * stop}): judged on a receiver of unknown type only when the submission declares no such method.
   */
  private static final Set<String> DENIED_UNLESS_OWN =
      Set.of(
          "halt",
          "getRuntime",
          "addShutdownHook",
          "loadLibrary",
          "exec",
          "stop",
          "suspend",
          "resume",
          "getMethod",
          "getMethods",
          "getField",
          "getFields",
          "getConstructor",
          "getConstructors",
          "invoke",
          "invokeExact",
          "newInstance");

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
      if (!judgeAny(m, member.names()) && member.names().isEmpty()) {
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
    if (member.names().isEmpty() && member.result().isEmpty()) {
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
    if (REFLECTIVE_NAMES.contains(method)
        || (DENIED_UNLESS_OWN.contains(method) && !names.declaresMethod(method))) {
      StaticCheck.add(
          found,
          StaticCheck.at(
              file,
              at,
              method
                  + " is not allowed (default deny list: reflection and control of the JVM):"
                  + " call your code directly"));
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
