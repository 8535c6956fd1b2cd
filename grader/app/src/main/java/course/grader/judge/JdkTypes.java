package course.grader.judge;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the static check needs to know about JDK classes: whether a name is a class, which classes
 * declare a method, what a method or field returns. Classes are looked up through the platform
 * class loader without being initialised, so no JDK code runs on behalf of a submission; a name
 * that is not a JDK class (a typo, a JUnit class) is simply not found.
 */
final class JdkTypes {
  /** One for the grader's JVM: the JDK does not change while it runs. */
  static final JdkTypes SHARED = new JdkTypes();

  private final ClassLoader loader = ClassLoader.getPlatformClassLoader();
  private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

  private JdkTypes() {}

  /** The JDK class with this dotted name (nested classes with dots too), if there is one. */
  Optional<Class<?>> find(String dotted) {
    return classes.computeIfAbsent(dotted, this::load);
  }

  private Optional<Class<?>> load(String dotted) {
    String binary = dotted;
    while (true) {
      try {
        return Optional.of(Class.forName(binary, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          return Optional.empty();
        }
        binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
      }
    }
  }

  /** The dotted name of a class as source code writes it ({@code java.util.Map.Entry}). */
  static String sourceName(Class<?> c) {
    return c.getName().replace('$', '.');
  }

  /** {@code c}, its superclasses and all its interfaces, nearest first. */
  static List<Class<?>> hierarchy(Class<?> c) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(c));
    while (!todo.isEmpty()) {
      Class<?> next = todo.removeFirst();
      if (seen.add(next)) {
        if (next.getSuperclass() != null) {
          todo.addLast(next.getSuperclass());
        }
        todo.addAll(List.of(next.getInterfaces()));
      }
    }
    if (c.isInterface()) {
      seen.add(Object.class);
    }
    return new ArrayList<>(seen);
  }

  /** The classes in {@code c}'s hierarchy that declare a non-private method {@code name}. */
  static List<Class<?>> declaring(Class<?> c, String name) {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> k : hierarchy(c)) {
      for (Method m : k.getDeclaredMethods()) {
        if (m.getName().equals(name) && !Modifier.isPrivate(m.getModifiers())) {
          found.add(k);
          break;
        }
      }
    }
    return found;
  }

  /**
   * The source name of what {@code c.name(...)} with {@code arity} arguments returns, when every
   * overload that fits agrees on a concrete type; empty for generic or ambiguous results.
   */
  static Optional<String> returnType(Class<?> c, String name, int arity) {
    Set<String> types = returnTypes(c, name, arity);
    return types.size() == 1 && !types.contains("?")
        ? Optional.of(types.iterator().next())
        : Optional.empty();
  }

  /**
   * What the overloads of {@code c.name(...)} that take {@code arity} arguments return; {@code ?}
   * stands for a type variable.
   */
  static Set<String> returnTypes(Class<?> c, String name, int arity) {
    Set<String> types = new LinkedHashSet<>();
    for (Class<?> k : hierarchy(c)) {
      for (Method m : k.getDeclaredMethods()) {
        if (!m.getName().equals(name) || Modifier.isPrivate(m.getModifiers())) {
          continue;
        }
        int params = m.getParameterCount();
        if (params == arity || (m.isVarArgs() && arity >= params - 1)) {
          types.add(typeName(m.getGenericReturnType()).orElse("?"));
        }
      }
    }
    return types;
  }

  /** The source name of the type of field {@code c.name}, if it has one that is concrete. */
  static Optional<String> fieldType(Class<?> c, String name) {
    for (Class<?> k : hierarchy(c)) {
      for (Field f : k.getDeclaredFields()) {
        if (f.getName().equals(name) && !Modifier.isPrivate(f.getModifiers())) {
          return typeName(f.getGenericType());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> typeName(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray()
          ? typeName(c.getComponentType()).map(s -> s + "[]")
          : Optional.of(sourceName(c));
    }
    if (type instanceof ParameterizedType p) {
      return typeName(p.getRawType());
    }
    if (type instanceof GenericArrayType g) {
      return typeName(g.getGenericComponentType()).map(s -> s + "[]");
    }
    return Optional.empty(); // a type variable or wildcard: not known without inference
  }
}
