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
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.report.Diagnostic;
import course.grader.report.SubmittedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a submission passes before it is compiled: it names no class like one the tests use
 * (the exercise's own classes, in its solution and starter, excepted), declares no package, and
 * uses nothing on the deny list (the default one and the exercise's {@code forbid} list). Unicode
 * escapes are read first, as javac reads them, so the escape of a line break in a line comment ends
 * the comment here too. Names are resolved through imports and declarations, not matched as text
 * (see {@link NameResolver}). One {@link Diagnostic} per violation; none means the submission may
 * be compiled. This is a first line that gives clear messages; the sandbox is the boundary.
 */
public final class StaticCheck {
  /** One parsed file of a submission, under the name it is compiled as. */
  record Unit(String file, CompilationUnit cu) {}

  /**
   * A javaparser for each use: a parser is not thread-safe, and one check serves every submission
   * of a batch or a server on several threads (it is immutable once built).
   */
  private static JavaParser parser() {
    return new JavaParser(
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setCharacterEncoding(StandardCharsets.UTF_8)
            .setPreprocessUnicodeEscapes(true));
  }

  private final JdkTypes jdk = JdkTypes.SHARED;
  private final Exercise exercise;
  private final DenyList deny;
  private final Set<String> testClasses = new HashSet<>();
  private final Set<String> namesTestsUse = new HashSet<>();

  /**
   * The check for {@code exercise}: reads its tests, solution and starter files once; {@link
   * #check} may then run on several threads at once. Throws {@link course.catalog.CourseException}
   * when its forbid list names something that is not in the JDK.
   */
  public StaticCheck(Exercise exercise) {
    this.exercise = java.util.Objects.requireNonNull(exercise, "exercise");
    this.deny = DenyList.forExercise(exercise, jdk);
    JavaParser parser = parser();
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
    // The exercise's own classes (a second class of the solution, a helper file) are the
    // submission's to declare: the tests use them because the solution declares them.
    for (Path dir : List.of(exercise.solutionDir(), exercise.starterDir())) {
      if (java.nio.file.Files.isDirectory(dir)) {
        for (Path f : Catalog.javaFiles(dir)) {
          parser
              .parse(Catalog.readUtf8(f, f.toString()))
              .getResult()
              .ifPresent(
                  cu ->
                      cu.findAll(TypeDeclaration.class)
                          .forEach(t -> namesTestsUse.remove(t.getNameAsString())));
        }
      }
    }
  }

  /** The violations in {@code submission}; empty when it may be compiled. */
  public List<Diagnostic> check(Submission submission) {
    List<Unit> units = new ArrayList<>();
    List<Diagnostic> unparsable = new ArrayList<>();
    JavaParser parser = parser();
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
      new DenyWalk(unit.file(), new NameResolver(jdk, all, unit.cu()), deny, found).walk(unit.cu());
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
                SubmissionReader.kind(t)
                    + " "
                    + name
                    + " is named like a test class (names ending in Test and the exercise's"
                    + " test classes are the tests'); rename it"));
      } else if (namesTestsUse.contains(name)) {
        add(
            found,
            at(
                unit.file(),
                t.getName(),
                SubmissionReader.kind(t)
                    + " "
                    + name
                    + " has the name of a class the tests use (from the JDK or JUnit), and would"
                    + " take its place in them; rename it"));
      }
    }
  }

  static void add(Map<String, Diagnostic> found, Diagnostic d) {
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
}
