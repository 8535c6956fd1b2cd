package course.grader.judge;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where names are declared around a node of a submission: enclosing classes (named, anonymous, enum
 * constant bodies), local classes, type variables and variables in scope. Helpers of {@link
 * NameResolver}, which resolves what the names mean.
 */
final class Scopes {
  private Scopes() {}

  static Optional<TypeDeclaration<?>> localType(Statement s) {
    if (s instanceof LocalClassDeclarationStmt c) {
      return Optional.of(c.getClassDeclaration());
    }
    if (s instanceof LocalRecordDeclarationStmt r) {
      return Optional.of(r.getRecordDeclaration());
    }
    return Optional.empty();
  }

  static boolean isTypeVariable(String name, Node at) {
    return typeVariable(name, at).isPresent();
  }

  static Optional<TypeParameter> typeVariable(String name, Node at) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> g) {
        for (TypeParameter p : g.getTypeParameters()) {
          if (p.getNameAsString().equals(name)) {
            return Optional.of(p);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The innermost class body around {@code at}: a type declaration or an anonymous class. */
  static Optional<Node> enclosingClass(Node at) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?>
          || (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent())
          || (n instanceof EnumConstantDeclaration e && !e.getClassBody().isEmpty())) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  static String ownName(Node c) {
    return c instanceof TypeDeclaration<?> t ? t.getNameAsString() : "(anonymous)";
  }

  static NodeList<BodyDeclaration<?>> bodyOf(Node c) {
    if (c instanceof TypeDeclaration<?> t) {
      return t.getMembers();
    }
    if (c instanceof ObjectCreationExpr o) {
      return o.getAnonymousClassBody().orElse(new NodeList<>());
    }
    if (c instanceof EnumConstantDeclaration e) {
      return e.getClassBody();
    }
    return new NodeList<>();
  }

  static Optional<MethodDeclaration> ownMethod(Node c, String name, int arity) {
    MethodDeclaration found = null;
    for (BodyDeclaration<?> member : bodyOf(c)) {
      if (member instanceof MethodDeclaration m && m.getNameAsString().equals(name)) {
        if (arity < 0 || m.getParameters().size() == arity || found == null) {
          found = m;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  static boolean declaresOwn(Node c, String name) {
    return bodyOf(c).stream()
        .anyMatch(m -> m instanceof MethodDeclaration d && d.getNameAsString().equals(name));
  }

  /** The declaration of the variable {@code name} visible at {@code at}: the nearest one. */
  static Optional<Node> variable(String name, Node at) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      List<Node> candidates = new ArrayList<>();
      if (n instanceof CallableDeclaration<?> c) {
        candidates.addAll(c.getParameters());
      } else if (n instanceof LambdaExpr l) {
        candidates.addAll(l.getParameters());
      } else if (n instanceof CatchClause c) {
        candidates.add(c.getParameter());
      } else if (n instanceof ForEachStmt f) {
        candidates.addAll(f.getVariable().getVariables());
      } else if (n instanceof ForStmt f) {
        f.getInitialization().forEach(i -> candidates.addAll(declared(i)));
      } else if (n instanceof TryStmt t) {
        t.getResources().forEach(r -> candidates.addAll(declared(r)));
      } else if (n instanceof NodeWithStatements<?> block) {
        for (Statement s : block.getStatements()) {
          if (!before(s, at)) {
            break; // a local variable is in scope from its declaration on
          }
          if (s instanceof ExpressionStmt es) {
            candidates.addAll(declared(es.getExpression()));
          }
        }
      } else if (n instanceof RecordDeclaration r) {
        candidates.addAll(r.getParameters());
      }
      if (n instanceof TypeDeclaration<?>
          || n instanceof ObjectCreationExpr
          || n instanceof EnumConstantDeclaration) {
        for (BodyDeclaration<?> member : bodyOf(n)) {
          if (member instanceof FieldDeclaration f) {
            candidates.addAll(f.getVariables());
          }
        }
      }
      for (Node c : candidates) {
        String declared =
            c instanceof Parameter p
                ? p.getNameAsString()
                : c instanceof VariableDeclarator v ? v.getNameAsString() : "";
        if (declared.equals(name)) {
          return Optional.of(c);
        }
      }
      // Pattern variables (o instanceof Foo f) anywhere in an enclosing statement.
      if (n instanceof Statement s) {
        Optional<TypePatternExpr> pattern =
            s.findFirst(TypePatternExpr.class, p -> p.getNameAsString().equals(name));
        if (pattern.isPresent()) {
          return Optional.of(pattern.get());
        }
      }
    }
    return Optional.empty();
  }

  static boolean before(Node declaration, Node use) {
    return declaration.getBegin().isPresent()
        && use.getBegin().isPresent()
        && declaration.getBegin().get().isBefore(use.getBegin().get());
  }

  static List<VariableDeclarator> declared(Expression e) {
    return e instanceof VariableDeclarationExpr v ? v.getVariables() : List.of();
  }
}
