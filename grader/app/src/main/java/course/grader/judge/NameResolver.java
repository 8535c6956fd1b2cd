package course.grader.judge;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the names in one compilation unit of a submission the way javac would, as far as a deny
 * list needs: imports (single, on demand, static), the submission's own classes (nested, local and
 * anonymous ones in their scope), {@code java.lang}, fully qualified names, and the types of
 * expressions where they can be told from declarations and from the JDK's method signatures. Where
 * it cannot tell, it says so ({@link Ref.Value} without a type), and the check falls back to rules
 * by method name. Errs on the side of a JDK name: a variable named like a JDK class does not hide
 * the class.
 */
final class NameResolver {
  /** A type as far as the check knows it. {@code own} is the declaring node for own classes. */
  record TypeRef(String name, Node own, int dims) {
    static TypeRef jdk(String name) {
      int dims = 0;
      while (name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2);
        dims++;
      }
      return new TypeRef(name, null, dims);
    }

    boolean isOwn() {
      return own != null;
    }

    TypeRef element() {
      return new TypeRef(name, own, Math.max(0, dims - 1));
    }
  }

  /** What a name or an expression denotes. */
  sealed interface Ref {
    /** A package (or an unknown dotted prefix). */
    record Pkg(String name) implements Ref {}

    /** A type, used statically ({@code Math.max}). */
    record TypeUse(TypeRef type) implements Ref {}

    /** A value, of a type when it is known. */
    record Value(Optional<TypeRef> type) implements Ref {}
  }

  /**
   * A member the check should judge: the dotted names it may stand for, most specific first; what
   * it returns when that is known; and what its overloads may return (JDK types only).
   */
  record Member(
      List<String> names, Optional<TypeRef> result, Set<String> mayReturn, boolean known) {
    Member(List<String> names, Optional<TypeRef> result, Set<String> mayReturn) {
      this(names, result, mayReturn, true);
    }

    Member(List<String> names, Optional<TypeRef> result) {
      this(names, result, Set.of());
    }
  }

  /** A member of a receiver whose type the check cannot tell. */
  private static final Member UNKNOWN = new Member(List.of(), Optional.empty(), Set.of(), false);

  private static final int MAX_DEPTH = 64;

  private final JdkTypes jdk;
  private int depth;
  private final List<TypeDeclaration<?>> topLevel;
  private final List<ImportDeclaration> imports;

  NameResolver(JdkTypes jdk, List<CompilationUnit> allUnits, CompilationUnit unit) {
    this.jdk = jdk;
    this.topLevel = allUnits.stream().flatMap(u -> u.getTypes().stream()).toList();
    this.imports = unit.getImports();
  }

  // ---- types ---------------------------------------------------------------------------------

  /** The type a simple or dotted type name denotes at {@code at}; empty for a type variable. */
  Optional<TypeRef> resolveType(String dotted, Node at) {
    String[] parts = dotted.split("\\.");
    Optional<TypeParameter> variable = Scopes.typeVariable(parts[0], at);
    if (variable.isPresent()) {
      // <T extends Thread>: a T is a Thread as far as its methods go.
      NodeList<ClassOrInterfaceType> bounds = variable.get().getTypeBound();
      if (bounds.isEmpty() || depth > MAX_DEPTH) {
        return Optional.empty();
      }
      depth++;
      try {
        return resolveType(bounds.get(0));
      } finally {
        depth--;
      }
    }
    Optional<TypeRef> first = resolveSimpleType(parts[0], at);
    if (first.isEmpty()) {
      return Optional.of(TypeRef.jdk(dotted)); // package-qualified, or unknown: judged as written
    }
    TypeRef t = first.get();
    for (int i = 1; i < parts.length; i++) {
      t = nested(t, parts[i]);
    }
    return Optional.of(t);
  }

  /** The type a javaparser type node denotes, with its array dimensions. */
  Optional<TypeRef> resolveType(Type type) {
    if (type.isVarType() || type.isUnknownType()) {
      return Optional.empty();
    }
    int dims = type.getArrayLevel();
    Type element = type.getElementType();
    if (element.isPrimitiveType()) {
      return Optional.of(new TypeRef(element.asString(), null, dims));
    }
    if (element instanceof ClassOrInterfaceType c) {
      return resolveType(dottedName(c), type)
          .map(t -> new TypeRef(t.name(), t.own(), t.dims() + dims));
    }
    return Optional.empty();
  }

  /** {@code java.util.Map.Entry} for that type node, without type arguments. */
  static String dottedName(ClassOrInterfaceType c) {
    return c.getScope().map(s -> dottedName(s) + ".").orElse("") + c.getNameAsString();
  }

  private TypeRef nested(TypeRef outer, String name) {
    if (outer.isOwn()) {
      for (Node member : Scopes.bodyOf(outer.own())) {
        if (member instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
          return new TypeRef(outer.name() + "." + name, t, 0);
        }
      }
      return new TypeRef(outer.name() + "." + name, outer.own(), 0);
    }
    return TypeRef.jdk(outer.name() + "." + name);
  }

  private Optional<TypeRef> resolveSimpleType(String name, Node at) {
    if (Scopes.isTypeVariable(name, at)) {
      return Optional.empty();
    }
    // Own classes in scope: the enclosing ones, their members, local classes of enclosing blocks.
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t) {
        if (t.getNameAsString().equals(name)) {
          return Optional.of(new TypeRef(name, t, 0));
        }
        for (BodyDeclaration<?> member : t.getMembers()) {
          if (member instanceof TypeDeclaration<?> inner && inner.getNameAsString().equals(name)) {
            return Optional.of(new TypeRef(name, inner, 0));
          }
        }
      }
      if (n instanceof NodeWithStatements<?> block) {
        for (Statement s : block.getStatements()) {
          Optional<TypeDeclaration<?>> local = Scopes.localType(s);
          if (local.isPresent() && local.get().getNameAsString().equals(name)) {
            return Optional.of(new TypeRef(name, local.get(), 0));
          }
        }
      }
    }
    for (TypeDeclaration<?> t : topLevel) {
      if (t.getNameAsString().equals(name)) {
        return Optional.of(new TypeRef(name, t, 0));
      }
    }
    for (ImportDeclaration i : imports) {
      if (!i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
        return Optional.of(TypeRef.jdk(i.getNameAsString()));
      }
    }
    if (Character.isLowerCase(name.charAt(0))) {
      return Optional.empty(); // no class of the JDK has a lower-case name; saves lookups
    }
    if (jdk.find("java.lang." + name).isPresent()) {
      return Optional.of(TypeRef.jdk("java.lang." + name));
    }
    for (ImportDeclaration i : imports) {
      if (i.isAsterisk() && jdk.find(i.getNameAsString() + "." + name).isPresent()) {
        return Optional.of(TypeRef.jdk(i.getNameAsString() + "." + name));
      }
    }
    return Optional.empty();
  }

  // ---- expressions ---------------------------------------------------------------------------

  /** What an expression that may be a name (a package, a type, a value) denotes. */
  Ref ref(Expression e) {
    if (e instanceof NameExpr n) {
      String name = n.getNameAsString();
      // As javac does: a variable in scope first, then a type, then a package.
      Optional<Node> declaration = Scopes.variable(name, n);
      if (declaration.isPresent()) {
        return new Ref.Value(variableType(declaration.get()));
      }
      Optional<TypeRef> type = resolveSimpleType(name, n);
      if (type.isPresent()) {
        return new Ref.TypeUse(type.get());
      }
      Optional<String> imported = staticImport(name);
      if (imported.isPresent()) {
        return new Ref.Value(staticFieldType(imported.get()));
      }
      return Scopes.isTypeVariable(name, n) ? new Ref.Value(Optional.empty()) : new Ref.Pkg(name);
    }
    if (e instanceof FieldAccessExpr f) {
      Ref scope = ref(f.getScope());
      String name = f.getNameAsString();
      if (scope instanceof Ref.Pkg p) {
        String dotted = p.name() + "." + name;
        return jdk.find(dotted).isPresent()
            ? new Ref.TypeUse(TypeRef.jdk(dotted))
            : new Ref.Pkg(dotted);
      }
      if (scope instanceof Ref.TypeUse t) {
        Optional<TypeRef> field = fieldType(t.type(), name);
        return field.isPresent() || t.type().isOwn()
            ? new Ref.Value(field)
            : new Ref.TypeUse(nested(t.type(), name));
      }
      return new Ref.Value(((Ref.Value) scope).type().flatMap(t -> fieldType(t, name)));
    }
    if (e instanceof TypeExpr t) {
      return resolveType(t.getType())
          .<Ref>map(Ref.TypeUse::new)
          .orElse(new Ref.Value(Optional.empty()));
    }
    return new Ref.Value(typeOf(e));
  }

  /** The dotted name an expression {@link #ref}ers to, when it is a package or a type. */
  static Optional<String> dotted(Ref ref) {
    if (ref instanceof Ref.Pkg p) {
      return Optional.of(p.name());
    }
    if (ref instanceof Ref.TypeUse t && !t.type().isOwn()) {
      return Optional.of(t.type().name());
    }
    return Optional.empty();
  }

  /** The static type of an expression, where it can be told. */
  Optional<TypeRef> typeOf(Expression e) {
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
      return ref(e) instanceof Ref.Value v ? v.type() : Optional.empty();
    }
    if (e instanceof MethodCallExpr call) {
      return method(call).result();
    }
    if (e instanceof ObjectCreationExpr created) {
      return resolveType(created.getType());
    }
    if (e instanceof ArrayCreationExpr array) {
      return resolveType(array.getElementType())
          .map(t -> new TypeRef(t.name(), t.own(), t.dims() + array.getLevels().size()));
    }
    if (e instanceof CastExpr cast) {
      return resolveType(cast.getType());
    }
    if (e instanceof EnclosedExpr inner) {
      return typeOf(inner.getInner());
    }
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
      return Optional.of(TypeRef.jdk("java.lang.String"));
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      boolean text =
          typeOf(b.getLeft()).filter(t -> t.name().equals("java.lang.String")).isPresent()
              || typeOf(b.getRight()).filter(t -> t.name().equals("java.lang.String")).isPresent();
      return text ? Optional.of(TypeRef.jdk("java.lang.String")) : Optional.empty();
    }
    if (e instanceof ClassExpr) {
      return Optional.of(TypeRef.jdk("java.lang.Class"));
    }
    if (e instanceof ArrayAccessExpr a) {
      return typeOf(a.getName()).filter(t -> t.dims() > 0).map(TypeRef::element);
    }
    if (e instanceof ConditionalExpr c) {
      return typeOf(c.getThenExpr()).or(() -> typeOf(c.getElseExpr()));
    }
    if (e instanceof AssignExpr a) {
      return typeOf(a.getTarget());
    }
    if (e instanceof ThisExpr t) {
      if (t.getTypeName().isPresent()) {
        return resolveType(t.getTypeName().get().asString(), t);
      }
      return Scopes.enclosingClass(t).map(c -> new TypeRef(Scopes.ownName(c), c, 0));
    }
    if (e instanceof SuperExpr s) {
      return Scopes.enclosingClass(s).flatMap(c -> supertypes(c).stream().findFirst());
    }
    return Optional.empty();
  }

  /** What a method call names: the JDK members it may be, and what it returns. */
  Member method(MethodCallExpr call) {
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    if (call.getScope().isEmpty()) {
      return unqualified(call, name, arity);
    }
    return memberOf(ref(call.getScope().get()), name, arity);
  }

  /** The members a method reference {@code Scope::name} may be. */
  Member methodReference(Expression scope, String name) {
    return memberOf(ref(scope), name, -1);
  }

  private Member memberOf(Ref scope, String name, int arity) {
    if (scope instanceof Ref.Pkg p) {
      // A method of a one-word "package" is a call on a variable declared where this resolver
      // does not look (a field inherited from another class): its type is unknown.
      return p.name().contains(".")
          ? new Member(List.of(p.name() + "." + name), Optional.empty())
          : UNKNOWN;
    }
    if (scope instanceof Ref.TypeUse t) {
      return member(t.type(), name, arity);
    }
    return ((Ref.Value) scope).type().map(t -> member(t, name, arity)).orElse(UNKNOWN);
  }

  private Member unqualified(Node at, String name, int arity) {
    for (Node c = Scopes.enclosingClass(at).orElse(null);
        c != null;
        c = Scopes.enclosingClass(c.getParentNode().orElse(null)).orElse(null)) {
      Member m = member(new TypeRef(Scopes.ownName(c), c, 0), name, arity);
      if (!m.names().isEmpty() || m.result().isPresent() || Scopes.declaresOwn(c, name)) {
        return m;
      }
    }
    for (ImportDeclaration i : imports) {
      if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
        String owner = i.getName().getQualifier().map(q -> q.asString()).orElse("");
        return new Member(
            List.of(i.getNameAsString()),
            jdk.find(owner).flatMap(c -> JdkTypes.returnType(c, name, arity)).map(TypeRef::jdk));
      }
    }
    for (ImportDeclaration i : imports) {
      if (i.isStatic() && i.isAsterisk()) {
        Optional<Class<?>> owner = jdk.find(i.getNameAsString());
        if (owner.isPresent() && !JdkTypes.declaring(owner.get(), name).isEmpty()) {
          return new Member(
              List.of(i.getNameAsString() + "." + name),
              JdkTypes.returnType(owner.get(), name, arity).map(TypeRef::jdk));
        }
      }
    }
    return UNKNOWN;
  }

  /** Member {@code name} of {@code type}: own methods first, then the JDK classes it extends. */
  private Member member(TypeRef type, String name, int arity) {
    if (depth > MAX_DEPTH) {
      return UNKNOWN; // a cycle of own classes extending each other: javac will say so
    }
    depth++;
    try {
      return memberNoGuard(type, name, arity);
    } finally {
      depth--;
    }
  }

  private Member memberNoGuard(TypeRef type, String name, int arity) {
    if (type.dims() > 0) {
      return name.equals("clone")
          ? new Member(List.of(), Optional.of(type))
          : member(TypeRef.jdk("java.lang.Object"), name, arity); // an array's other methods
    }
    if (type.isOwn()) {
      Optional<MethodDeclaration> own = Scopes.ownMethod(type.own(), name, arity);
      if (own.isPresent()) {
        return new Member(List.of(), resolveType(own.get().getType()));
      }
      if (Scopes.declaresOwn(type.own(), name)) {
        return UNKNOWN;
      }
      List<String> names = new ArrayList<>();
      Optional<TypeRef> result = Optional.empty();
      for (TypeRef s : supertypes(type.own())) {
        Member inherited = member(s, name, arity);
        names.addAll(inherited.names());
        result = result.or(inherited::result);
      }
      return new Member(names, result);
    }
    List<String> names = new ArrayList<>(List.of(type.name() + "." + name));
    Optional<TypeRef> result = Optional.empty();
    Optional<Class<?>> c = jdk.find(type.name());
    if (c.isPresent()) {
      for (Class<?> k : JdkTypes.declaring(c.get(), name)) {
        String n = JdkTypes.sourceName(k) + "." + name;
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      if (arity >= 0) {
        result = JdkTypes.returnType(c.get(), name, arity).map(TypeRef::jdk);
        Set<String> may = JdkTypes.returnTypes(c.get(), name, arity);
        return new Member(names, result, may);
      }
    }
    return new Member(names, result);
  }

  private Optional<TypeRef> fieldType(TypeRef type, String name) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    depth++;
    try {
      return fieldTypeNoGuard(type, name);
    } finally {
      depth--;
    }
  }

  private Optional<TypeRef> fieldTypeNoGuard(TypeRef type, String name) {
    if (type.dims() > 0) {
      return name.equals("length") ? Optional.of(TypeRef.jdk("int")) : Optional.empty();
    }
    if (type.isOwn()) {
      for (Node member : Scopes.bodyOf(type.own())) {
        if (member instanceof FieldDeclaration f) {
          for (VariableDeclarator v : f.getVariables()) {
            if (v.getNameAsString().equals(name)) {
              return variableType(v);
            }
          }
        }
      }
      for (TypeRef s : supertypes(type.own())) {
        Optional<TypeRef> inherited = fieldType(s, name);
        if (inherited.isPresent()) {
          return inherited;
        }
      }
      return Optional.empty();
    }
    return jdk.find(type.name()).flatMap(c -> JdkTypes.fieldType(c, name)).map(TypeRef::jdk);
  }

  private Optional<String> staticImport(String name) {
    for (ImportDeclaration i : imports) {
      if (i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
        return Optional.of(i.getNameAsString());
      }
    }
    for (ImportDeclaration i : imports) {
      if (i.isStatic() && i.isAsterisk()) {
        Optional<Class<?>> owner = jdk.find(i.getNameAsString());
        if (owner.isPresent() && JdkTypes.fieldType(owner.get(), name).isPresent()) {
          return Optional.of(i.getNameAsString() + "." + name);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<TypeRef> staticFieldType(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return jdk.find(dotted.substring(0, dot))
        .flatMap(c -> JdkTypes.fieldType(c, dotted.substring(dot + 1)))
        .map(TypeRef::jdk);
  }

  // ---- own classes ---------------------------------------------------------------------------

  /** The types an own class extends or implements, resolved where they are written. */
  List<TypeRef> supertypes(Node c) {
    List<ClassOrInterfaceType> written = new ArrayList<>();
    if (c instanceof ClassOrInterfaceDeclaration d) {
      written.addAll(d.getExtendedTypes());
      written.addAll(d.getImplementedTypes());
    } else if (c instanceof RecordDeclaration r) {
      written.addAll(r.getImplementedTypes());
    } else if (c instanceof ObjectCreationExpr o) {
      written.add(o.getType());
    }
    List<TypeRef> types = new ArrayList<>();
    if (c instanceof EnumConstantDeclaration e
        && e.getParentNode().orElse(null) instanceof TypeDeclaration<?> declaring) {
      types.add(new TypeRef(declaring.getNameAsString(), declaring, 0));
    }
    for (ClassOrInterfaceType t : written) {
      resolveType(t).filter(r -> r.own() != c).ifPresent(types::add);
    }
    return types;
  }

  private Optional<TypeRef> variableType(Node declaration) {
    if (depth > MAX_DEPTH) {
      return Optional.empty(); // var x = x; javac will say so
    }
    depth++;
    try {
      return variableTypeNoGuard(declaration);
    } finally {
      depth--;
    }
  }

  private Optional<TypeRef> variableTypeNoGuard(Node declaration) {
    if (declaration instanceof Parameter p) {
      return resolveType(p.getType())
          .map(t -> p.isVarArgs() ? new TypeRef(t.name(), t.own(), t.dims() + 1) : t);
    }
    if (declaration instanceof VariableDeclarator v) {
      if (v.getType().isVarType()) {
        boolean forEach =
            v.getParentNode().flatMap(Node::getParentNode).orElse(null) instanceof ForEachStmt;
        return forEach ? Optional.empty() : v.getInitializer().flatMap(this::typeOf);
      }
      return resolveType(v.getType());
    }
    if (declaration instanceof TypePatternExpr p) {
      return resolveType(p.getType());
    }
    return Optional.empty();
  }
}
