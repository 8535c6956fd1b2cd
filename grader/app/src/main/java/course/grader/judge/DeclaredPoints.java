package course.grader.judge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The points an exercise's tests declare, read from their sources without running them: what a
 * submission that never reached the tests (a compile error, a rejection) could have earned. The
 * rules are the harness's ({@code course.harness.Reporter}): a graded unit is a method annotated
 * {@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory} or {@code
 * TestTemplate}, in a test class or a nested class of one; a {@code @Disabled} method or enclosing
 * class does not count; its points are the method's {@code @Points}, else the nearest enclosing
 * class's, else 1. Test methods inherited from a class outside the test files are not seen: then
 * the maximum is unknown (empty) rather than wrong.
 */
public final class DeclaredPoints {
  private static final Set<String> UNITS =
      Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate");

  private DeclaredPoints() {}

  /**
   * The sum of the points of every graded unit in {@code testFiles}; empty when unknowable. Read
   * once per exercise by the judge, which keeps it with the prepared exercise.
   */
  public static OptionalDouble of(List<Path> testFiles) {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setCharacterEncoding(StandardCharsets.UTF_8));
    double total = 0;
    for (Path file : testFiles) {
      ParseResult<CompilationUnit> parsed;
      try {
        parsed = parser.parse(Files.readString(file));
      } catch (IOException | RuntimeException | StackOverflowError e) {
        return OptionalDouble.empty();
      }
      if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
        return OptionalDouble.empty();
      }
      for (TypeDeclaration<?> type : parsed.getResult().get().getTypes()) {
        if (type instanceof ClassOrInterfaceDeclaration c && !c.getExtendedTypes().isEmpty()) {
          // Units inherited from a base class may exist that this file does not show.
          return OptionalDouble.empty();
        }
        total += points(type);
      }
    }
    return OptionalDouble.of(total);
  }

  /** The points of the units of {@code type} and its member classes. */
  private static double points(TypeDeclaration<?> type) {
    double sum = 0;
    for (MethodDeclaration method : type.getMethods()) {
      if (method.getAnnotations().stream().anyMatch(a -> UNITS.contains(simple(a)))) {
        sum += unitPoints(method).orElse(0);
      }
    }
    for (var member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        sum += points(nested);
      }
    }
    return sum;
  }

  /** The unit's points, or empty when it or an enclosing class is {@code @Disabled}. */
  private static OptionalDouble unitPoints(MethodDeclaration method) {
    if (annotation(method, "Disabled").isPresent()) {
      return OptionalDouble.empty();
    }
    Optional<Double> own = annotation(method, "Points").flatMap(DeclaredPoints::value);
    Double found = own.orElse(null);
    for (Node at = method.getParentNode().orElse(null);
        at != null;
        at = at.getParentNode().orElse(null)) {
      if (at instanceof NodeWithAnnotations<?> annotated && at instanceof TypeDeclaration<?>) {
        if (annotation(annotated, "Disabled").isPresent()) {
          return OptionalDouble.empty();
        }
        if (found == null) {
          found = annotation(annotated, "Points").flatMap(DeclaredPoints::value).orElse(null);
        }
      }
    }
    return OptionalDouble.of(found == null ? 1.0 : found);
  }

  private static Optional<AnnotationExpr> annotation(NodeWithAnnotations<?> node, String name) {
    return node.getAnnotations().stream().filter(a -> simple(a).equals(name)).findFirst();
  }

  private static String simple(AnnotationExpr a) {
    String name = a.getNameAsString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The number in {@code @Points(2.5)} or {@code @Points(value = 2.5)}. */
  private static Optional<Double> value(AnnotationExpr a) {
    Expression e = null;
    if (a.isSingleMemberAnnotationExpr()) {
      e = a.asSingleMemberAnnotationExpr().getMemberValue();
    } else if (a.isNormalAnnotationExpr()) {
      for (MemberValuePair pair : a.asNormalAnnotationExpr().getPairs()) {
        if (pair.getNameAsString().equals("value")) {
          e = pair.getValue();
        }
      }
    }
    if (e == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Double.parseDouble(e.toString().replace("_", "").replaceAll("[dDfF]$", "")));
    } catch (NumberFormatException notALiteral) {
      return Optional.empty();
    }
  }
}
