package course.grader.judge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.Type;
import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The classes and methods the tests call, as the exercise's starter files declare them: every
 * non-private method of each public top-level class a student hands in. A submission must keep the
 * name, {@code static}-ness, return type and parameter types; it may add anything.
 */
final class ExpectedSignatures {
  /** One method of a starter class. */
  record Method(String name, boolean isStatic, String returns, List<String> params) {
    /** As the statement writes it: {@code static int heightChecker(int[])}. */
    String shown() {
      return (isStatic ? "static " : "")
          + returns
          + " "
          + name
          + "("
          + String.join(", ", params)
          + ")";
    }

    static Method of(MethodDeclaration m) {
      return new Method(
          m.getNameAsString(),
          m.isStatic(),
          normalise(m.getType()),
          m.getParameters().stream().map(ExpectedSignatures::normalise).toList());
    }
  }

  /** One starter class with the methods it must keep. */
  record Expected(String className, List<Method> methods) {}

  private final List<Expected> classes;

  private ExpectedSignatures(List<Expected> classes) {
    this.classes = List.copyOf(classes);
  }

  /** From {@code exercise}'s starter folder; none when it has no starter files. */
  static ExpectedSignatures of(Exercise exercise, JavaParser parser) {
    Path starter = exercise.starterDir();
    List<Expected> classes = new ArrayList<>();
    if (!Files.isDirectory(starter)) {
      return new ExpectedSignatures(classes);
    }
    for (Path file : Catalog.javaFiles(starter)) {
      var parsed = parser.parse(Catalog.readUtf8(file, file.toString()));
      if (parsed.getResult().isEmpty()) {
        continue; // a broken starter is the catalog check's business, not a student's
      }
      for (TypeDeclaration<?> t : parsed.getResult().get().getTypes()) {
        if (t.isPublic() && exercise.submitClasses().contains(t.getNameAsString())) {
          List<Method> methods =
              t.getMethods().stream().filter(m -> !m.isPrivate()).map(Method::of).toList();
          classes.add(new Expected(t.getNameAsString(), methods));
        }
      }
    }
    return new ExpectedSignatures(classes);
  }

  /** One diagnostic per expected method that {@code units} lack or declare differently. */
  List<Diagnostic> check(List<StaticCheck.Unit> units) {
    List<Diagnostic> found = new ArrayList<>();
    for (Expected expected : classes) {
      for (StaticCheck.Unit unit : units) {
        for (TypeDeclaration<?> t : unit.cu().getTypes()) {
          if (t.getNameAsString().equals(expected.className())) {
            check(expected, t, unit.file(), found);
          }
        }
      }
    }
    return found;
  }

  private static void check(
      Expected expected, TypeDeclaration<?> type, String file, List<Diagnostic> found) {
    for (Method want : expected.methods()) {
      List<MethodDeclaration> named = type.getMethodsByName(want.name());
      boolean ok = named.stream().anyMatch(m -> !m.isPrivate() && Method.of(m).equals(want));
      if (ok) {
        continue;
      }
      String wanted = want.shown();
      if (named.isEmpty()) {
        found.add(
            StaticCheck.at(
                file,
                type.getName(),
                "class "
                    + expected.className()
                    + " has no method "
                    + wanted
                    + "; the tests call it: declare it as the starter file does"));
      } else {
        MethodDeclaration m = named.get(0);
        String problem = m.isPrivate() ? "private " + Method.of(m).shown() : Method.of(m).shown();
        found.add(
            StaticCheck.at(
                file,
                m.getName(),
                "method "
                    + want.name()
                    + " is declared as "
                    + problem
                    + ", but the tests call "
                    + wanted
                    + "; keep the signature of the starter file"));
      }
    }
  }

  private static String normalise(Parameter p) {
    return normalise(p.getType()) + (p.isVarArgs() ? "[]" : "");
  }

  /** A type as written, without package names or spaces: {@code java.util.List<T>} is List<T>. */
  static String normalise(Type type) {
    String written = type.asString().replaceAll("\\s+", "");
    return java.util.Arrays.stream(written.split("(?=[<>,\\[\\]&?])|(?<=[<>,\\[\\]&?])"))
        .map(part -> part.replaceAll("^([a-z_$][\\w$]*\\.)+", ""))
        .collect(Collectors.joining());
  }
}
