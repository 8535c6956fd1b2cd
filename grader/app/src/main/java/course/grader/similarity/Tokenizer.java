package course.grader.similarity;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns Java source into a stream of normalised {@link Token}s, in the spirit of JPlag's Java front
 * end: one token per syntactic construct, in source order, with no identifiers, literal values,
 * types, modifiers, annotations, comments or formatting. What a student can change without changing
 * the program (names, layout, comments, {@code i++} for {@code i += 1}, braces, parentheses, {@code
 * a < b} for {@code b > a}) leaves the stream unchanged; what makes two programs different
 * (statements, their nesting and order, operators) does not.
 *
 * <p>A {@code for} loop is emitted in execution order (initialisation, {@code LOOP}, condition,
 * body, update), so that rewriting it as a {@code while} loop gives the same tokens.
 */
public final class Tokenizer {
  private static final Comparator<Node> SOURCE_ORDER =
      Comparator.comparing(
          (Node n) -> n.getBegin().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  private final ParserConfiguration config =
      new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
          .setCharacterEncoding(StandardCharsets.UTF_8)
          .setAttributeComments(false);

  /** The tokens of one file, or why it cannot be parsed. */
  public sealed interface Result permits Parsed, Unparseable {}

  /** A file that parsed. */
  public record Parsed(List<Token> tokens) implements Result {}

  /** A file javaparser rejects, with its first problem as {@code line:column: message}. */
  public record Unparseable(String problem) implements Result {}

  /** Tokenizes {@code source} as file number {@code file}. */
  public Result tokenize(String source, int file) {
    try {
      ParseResult<CompilationUnit> parsed = new JavaParser(config).parse(source);
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        return new Unparseable(
            parsed.getProblems().stream().findFirst().map(Tokenizer::describe).orElse("unknown"));
      }
      Walk walk = new Walk(file);
      walk.visit(parsed.getResult().get());
      return new Parsed(List.copyOf(walk.tokens));
    } catch (StackOverflowError e) {
      return new Unparseable("nested too deeply to compare (hundreds of levels)");
    }
  }

  private static String describe(Problem problem) {
    String where =
        problem
            .getLocation()
            .flatMap(l -> l.getBegin().getRange())
            .map(r -> r.begin.line + ":" + r.begin.column + ": ")
            .orElse("");
    String message = problem.getMessage();
    int newline = message.indexOf('\n');
    return where + (newline < 0 ? message : message.substring(0, newline));
  }

  /** One pass over one file's tree. */
  private static final class Walk {
    private final int file;
    private final List<Token> tokens = new ArrayList<>();

    Walk(int file) {
      this.file = file;
    }

    void visit(Node node) {
      if (ignored(node)) {
        return;
      }
      if (node instanceof ForStmt loop) {
        loop.getInitialization().forEach(this::visit);
        begin("LOOP", loop);
        loop.getCompare().ifPresent(this::visit);
        visit(loop.getBody());
        loop.getUpdate().forEach(this::visit);
        end("LOOP_END", loop);
      } else if (node instanceof WhileStmt loop) {
        begin("LOOP", loop);
        visit(loop.getCondition());
        visit(loop.getBody());
        end("LOOP_END", loop);
      } else if (node instanceof DoStmt loop) {
        begin("DO", loop);
        visit(loop.getBody());
        visit(loop.getCondition());
        end("LOOP_END", loop);
      } else if (node instanceof ForEachStmt loop) {
        begin("FOREACH", loop);
        visit(loop.getVariable());
        visit(loop.getIterable());
        visit(loop.getBody());
        end("LOOP_END", loop);
      } else if (node instanceof IfStmt branch) {
        begin("IF", branch);
        visit(branch.getCondition());
        visit(branch.getThenStmt());
        branch
            .getElseStmt()
            .ifPresent(
                otherwise -> {
                  begin("ELSE", otherwise);
                  visit(otherwise);
                });
        end("IF_END", branch);
      } else if (node instanceof BinaryExpr binary && mirrored(binary.getOperator())) {
        // a > b is b < a: visit the operands in the order of the < form.
        begin(kind(binary), binary);
        visit(binary.getRight());
        visit(binary.getLeft());
      } else if (node instanceof AssignExpr assign && isStep(assign)) {
        // i += 1 is i++.
        begin("ASSIGN", assign);
        visit(assign.getTarget());
      } else {
        String kind = kind(node);
        if (kind != null) {
          begin(kind, node);
        }
        List<Node> children = new ArrayList<>(node.getChildNodes());
        children.sort(SOURCE_ORDER);
        children.forEach(this::visit);
        String closing = closing(node);
        if (closing != null) {
          end(closing, node);
        }
      }
    }

    private void begin(String kind, Node node) {
      tokens.add(new Token(kind, file, node.getBegin().map(p -> p.line).orElse(0)));
    }

    private void end(String kind, Node node) {
      tokens.add(new Token(kind, file, node.getEnd().map(p -> p.line).orElse(0)));
    }
  }

  private static boolean mirrored(BinaryExpr.Operator operator) {
    return operator == BinaryExpr.Operator.GREATER
        || operator == BinaryExpr.Operator.GREATER_EQUALS;
  }

  /** {@code x += 1} or {@code x -= 1}. */
  private static boolean isStep(AssignExpr assign) {
    return (assign.getOperator() == AssignExpr.Operator.PLUS
            || assign.getOperator() == AssignExpr.Operator.MINUS)
        && assign.getValue() instanceof IntegerLiteralExpr one
        && one.getValue().equals("1");
  }

  /** Nodes that say nothing about the program's structure, with everything under them. */
  private static boolean ignored(Node node) {
    return node instanceof Comment
        || node instanceof SimpleName
        || node instanceof Name
        || node instanceof Type
        || node instanceof Modifier
        || node instanceof AnnotationExpr
        || node instanceof ImportDeclaration
        || node instanceof PackageDeclaration
        || node instanceof EmptyStmt;
  }

  /** The token a node opens with; null for nodes that only group others. */
  private static String kind(Node node) {
    if (node instanceof CompilationUnit
        || node instanceof BlockStmt
        || node instanceof ExpressionStmt
        || node instanceof EnclosedExpr
        || node instanceof VariableDeclarationExpr
        || node instanceof FieldDeclaration
        || node instanceof ArrayCreationLevel
        || node instanceof LabeledStmt
        || node instanceof LocalClassDeclarationStmt) {
      return null;
    }
    if (node instanceof ClassOrInterfaceDeclaration type) {
      return type.isInterface() ? "INTERFACE" : "CLASS";
    }
    if (node instanceof EnumDeclaration) {
      return "ENUM";
    }
    if (node instanceof RecordDeclaration) {
      return "RECORD";
    }
    if (node instanceof MethodDeclaration || node instanceof ConstructorDeclaration) {
      return "METHOD";
    }
    if (node instanceof InitializerDeclaration) {
      return "INITIALIZER";
    }
    if (node instanceof Parameter) {
      return "PARAM";
    }
    if (node instanceof VariableDeclarator) {
      return "VARDEF";
    }
    if (node instanceof ReturnStmt) {
      return "RETURN";
    }
    if (node instanceof BreakStmt) {
      return "BREAK";
    }
    if (node instanceof ContinueStmt) {
      return "CONTINUE";
    }
    if (node instanceof ThrowStmt) {
      return "THROW";
    }
    if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
      return "SWITCH";
    }
    if (node instanceof SwitchEntry) {
      return "CASE";
    }
    if (node instanceof TryStmt) {
      return "TRY";
    }
    if (node instanceof CatchClause) {
      return "CATCH";
    }
    if (node instanceof AssignExpr) {
      return "ASSIGN";
    }
    if (node instanceof UnaryExpr unary) {
      return unary(unary.getOperator());
    }
    if (node instanceof BinaryExpr binary) {
      return binary(binary.getOperator());
    }
    if (node instanceof MethodCallExpr) {
      return "CALL";
    }
    if (node instanceof ObjectCreationExpr) {
      return "NEW";
    }
    if (node instanceof ArrayCreationExpr) {
      return "NEWARRAY";
    }
    if (node instanceof ArrayInitializerExpr) {
      return "ARRAYINIT";
    }
    if (node instanceof ArrayAccessExpr) {
      return "INDEX";
    }
    if (node instanceof FieldAccessExpr) {
      return "FIELD";
    }
    if (node instanceof NameExpr) {
      return "NAME";
    }
    if (node instanceof ThisExpr) {
      return "THIS";
    }
    if (node instanceof LiteralExpr) {
      return "LITERAL";
    }
    if (node instanceof ConditionalExpr) {
      return "COND";
    }
    if (node instanceof CastExpr) {
      return "CAST";
    }
    if (node instanceof InstanceOfExpr) {
      return "INSTANCEOF";
    }
    if (node instanceof LambdaExpr) {
      return "LAMBDA";
    }
    if (node instanceof MethodReferenceExpr) {
      return "METHODREF";
    }
    // Anything rarer (assert, synchronized, yield, ...) is its node kind.
    return node.getClass().getSimpleName().toUpperCase(Locale.ROOT);
  }

  /** The token that closes a node's body, so that nesting shows in the stream. */
  private static String closing(Node node) {
    if (node instanceof ClassOrInterfaceDeclaration
        || node instanceof EnumDeclaration
        || node instanceof RecordDeclaration) {
      return "CLASS_END";
    }
    if (node instanceof MethodDeclaration || node instanceof ConstructorDeclaration) {
      return "METHOD_END";
    }
    if (node instanceof SwitchStmt || node instanceof SwitchExpr) {
      return "SWITCH_END";
    }
    if (node instanceof TryStmt) {
      return "TRY_END";
    }
    if (node instanceof LambdaExpr) {
      return "LAMBDA_END";
    }
    return null;
  }

  private static String unary(UnaryExpr.Operator operator) {
    return switch (operator) {
      // i++, ++i, i += 1 and i = i + 1 are all one assignment.
      case PREFIX_INCREMENT, POSTFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_DECREMENT -> "ASSIGN";
      case LOGICAL_COMPLEMENT -> "NOT";
      case MINUS, PLUS -> "SIGN";
      case BITWISE_COMPLEMENT -> "BITNOT";
    };
  }

  /** Operators by family, so that {@code a < b} and {@code b >= a} read alike. */
  private static String binary(BinaryExpr.Operator operator) {
    return switch (operator) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> "COMPARE";
      case EQUALS, NOT_EQUALS -> "EQUALITY";
      case PLUS, MINUS -> "ADD";
      case MULTIPLY, DIVIDE, REMAINDER -> "MULTIPLY";
      case AND, OR -> "LOGIC";
      case BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT ->
          "BITS";
    };
  }
}
