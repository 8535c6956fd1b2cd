package course.grader.judge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import course.catalog.Catalog;
import course.catalog.Exercise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check a submission passes before it is compiled: it declares what the tests call (the
 * starter's classes and method signatures), names no class like one the tests use, declares no
 * package, and uses nothing on the deny list (the default one and the exercise's {@code forbid}
 * list). Unicode escapes are read first, as javac reads them, so {@code \u000a} in a comment is a
 * line break here too. Names are resolved through imports and declarations, not matched as text
 * (see {@link NameResolver}). One {@link Diagnostic} per violation; none means the submission may
 * be compiled. This is a first line that gives clear messages; the sandbox is the boundary.
 */
public final class StaticCheck {
  /** One parsed file of a submission, under the name it is compiled as. */
  record Unit(String file, CompilationUnit cu) {}

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

  private final JavaParser parser =
      new JavaParser(
          new ParserConfiguration()
              .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
              .setCharacterEncoding(StandardCharsets.UTF_8)
              .setPreprocessUnicodeEscapes(true));
  private final JdkTypes jdk = JdkTypes.SHARED;
  private final Exercise exercise;
  private final DenyList deny;
  private final ExpectedSignatures signatures;
  private final Set<String> testClasses = new HashSet<>();
  private final Set<String> namesTestsUse = new HashSet<>();

  /**
   * The check for {@code exercise}: reads its starter files and tests. Throws {@link
   * course.catalog.CourseException} when its forbid list names something that is not in the JDK.
   */
  public StaticCheck(Exercise exercise) {
    this.exercise = java.util.Objects.requireNonNull(exercise, "exercise");
    this.deny = DenyList.forExercise(exercise, jdk);
    this.signatures = ExpectedSignatures.of(exercise, parser);
    List<Path> tests = new ArrayList<>(Catalog.javaFiles(exercise.testsDir()));
    tests.addAll(Catalog.javaFiles(exercise.hiddenDir()));
    for (Path t : tests) {
      String file = t.getFileName().toString();
      testClasses.add(file.substring(0, file.length() - ".java".length()));
      parser
          .parse(Catalog.readUtf8(t, t.toString()))
          .getResult()
          .ifPresent(cu -> collectTestNames(cu));
    }
    namesTestsUse.removeAll(exercise.submitClasses());
  }

  /** The violations in {@code submission}; empty when it may be compiled. */
  public List<Diagnostic> check(Submission submission) {
    List<Unit> units = new ArrayList<>();
    List<Diagnostic> unparsable = new ArrayList<>();
    for (SubmittedFile f : submission.files()) {
      ParseResult<CompilationUnit> parsed = parser.parse(f.content());
      if (parsed.getResult().isPresent() && parsed.isSuccessful()) {
        units.add(new Unit(f.name(), parsed.getResult().get()));
      } else {
        for (Problem p : parsed.getProblems()) {
          var begin = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
          unparsable.add(
              new Diagnostic(
                  f.name(),
                  begin.map(b -> b.line).orElse(0),
                  begin.map(b -> b.column).orElse(0),
                  "once its \\u escapes are read (as javac reads them), this file does not"
                      + " parse: "
                      + p.getMessage().lines().findFirst().orElse("").strip()
                      + "; write those characters themselves instead of \\u escapes"));
        }
      }
    }
    if (!unparsable.isEmpty()) {
      return unparsable;
    }
    Map<String, Diagnostic> found = new LinkedHashMap<>();
    List<CompilationUnit> all = units.stream().map(Unit::cu).toList();
    for (Unit unit : units) {
      checkDeclarations(unit, found);
      new DenyWalk(unit.file(), new NameResolver(jdk, all, unit.cu()), found).walk(unit.cu());
    }
    for (Diagnostic d : signatures.check(units)) {
      found.putIfAbsent(key(d), d);
    }
    return List.copyOf(found.values());
  }

  /** A diagnostic at the start of {@code node}. */
  static Diagnostic at(String file, Node node, String message) {
    return new Diagnostic(
        file,
        node.getBegin().map(p -> p.line).orElse(0),
        node.getBegin().map(p -> p.column).orElse(0),
        message);
  }

  /** The advice for a package declaration {@code name}, e.g. one named like JUnit's. */
  public static String packageMessage(String name) {
    String whose =
        name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.")
                || name.startsWith("com.sun.")
            ? " (" + name + " is a package of the JDK)"
            : name.startsWith("org.junit") || name.startsWith("org.opentest4j")
                ? " (" + name + " is a package of JUnit)"
                : name.equals("course") || name.startsWith("course.")
                    ? " (" + name + " is a package of the grader)"
                    : "";
    return "remove the package declaration" + whose + "; submissions live in the default package";
  }

  private static String key(Diagnostic d) {
    return d.file() + ":" + d.line() + ":" + d.column();
  }

  private void checkDeclarations(Unit unit, Map<String, Diagnostic> found) {
    unit.cu()
        .getPackageDeclaration()
        .ifPresent(p -> add(found, at(unit.file(), p, packageMessage(p.getNameAsString()))));
    for (TypeDeclaration<?> t : unit.cu().getTypes()) {
      String name = t.getNameAsString();
      if (exercise.submitClasses().contains(name)) {
        continue;
      }
      if (testClasses.contains(name) || name.endsWith("Test") || name.endsWith("Tests")) {
        add(
            found,
            at(
                unit.file(),
                t.getName(),
                "class "
                    + name
                    + " is named like a test class (names ending in Test and the exercise's"
                    + " test classes are the tests'); rename it"));
      } else if (namesTestsUse.contains(name)) {
        add(
            found,
            at(
                unit.file(),
                t.getName(),
                "class "
                    + name
                    + " has the name of a class the tests use (from the JDK or JUnit), and would"
                    + " take its place in them; rename it"));
      }
    }
  }

  private static void add(Map<String, Diagnostic> found, Diagnostic d) {
    found.putIfAbsent(key(d), d);
  }

  /** Simple names the tests use that a class of the submission's (default) package would hide. */
  private void collectTestNames(CompilationUnit test) {
    Set<String> imported = new HashSet<>();
    for (ImportDeclaration i : test.getImports()) {
      if (!i.isAsterisk()) {
        imported.add(i.getName().getIdentifier());
      }
    }
    test.getTypes().forEach(t -> testClasses.add(t.getNameAsString()));
    Set<String> declared = new HashSet<>();
    test.findAll(TypeDeclaration.class).forEach(t -> declared.add(t.getNameAsString()));
    Set<String> used = new HashSet<>();
    test.findAll(ClassOrInterfaceType.class, c -> c.getScope().isEmpty())
        .forEach(c -> used.add(c.getNameAsString()));
    test.findAll(AnnotationExpr.class).forEach(a -> used.add(a.getName().getIdentifier()));
    test.findAll(NameExpr.class, n -> Character.isUpperCase(n.getNameAsString().charAt(0)))
        .forEach(n -> used.add(n.getNameAsString()));
    used.removeAll(imported);
    used.removeAll(declared);
    namesTestsUse.addAll(used);
  }

  /** Walks one compilation unit and reports every use of a denied name. */
  private final class DenyWalk {
    private final String file;
    private final NameResolver names;
    private final Map<String, Diagnostic> found;

    DenyWalk(String file, NameResolver names, Map<String, Diagnostic> found) {
      this.file = file;
      this.names = names;
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
              ? member
                  .result()
                  .filter(t -> !t.isOwn())
                  .map(t -> List.of(t.name()))
                  .orElse(List.of())
              : member.mayReturn().stream().map(t -> t.replace("[]", "")).toList();
      List<DenyList.Rule> broken =
          may.stream().map(deny::broken).flatMap(Optional::stream).toList();
      if (!may.isEmpty() && broken.size() == may.size()) {
        String called = member.names().isEmpty() ? call.getNameAsString() : member.names().get(0);
        String returned = may.size() == 1 ? may.get(0) : "a type of " + broken.get(0).target();
        add(
            found,
            at(file, call, broken.get(0).message(called + ", which returns " + returned + ",")));
      }
      if (OWN_THREADS_ONLY.contains(call.getNameAsString())
          && member.names().contains("java.lang.Thread." + call.getNameAsString())
          && !heldByTheSubmission(call)) {
        add(
            found,
            at(
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
        add(
            found,
            at(
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
        add(
            found,
            at(
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
      rule.ifPresent(r -> add(found, at(file, at, r.message(name))));
      return rule.isPresent();
    }
  }
}
