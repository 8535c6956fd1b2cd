package course.grader.judge;

import course.catalog.CourseException;
import course.catalog.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a submission may not use: the default deny list, plus the exercise's {@code forbid}
 * list. Every entry is a dotted prefix: a package ({@code java.util.stream}, with its subpackages),
 * a class ({@code java.util.ArrayList}, with its members and nested classes) or a member ({@code
 * java.util.Arrays.sort}, every overload).
 */
final class DenyList {
  /** Where a rule comes from; the message says which. */
  enum Origin {
    DEFAULT,
    EXERCISE
  }

  /**
   * One entry. {@code allowedMembers}, when not empty, turns a class rule into "every member but
   * these" (the class itself may be named).
   */
  record Rule(String target, Set<String> allowedMembers, String what, String fix, Origin origin) {
    boolean matches(String name) {
      if (!name.equals(target) && !name.startsWith(target + ".")) {
        return false;
      }
      if (allowedMembers.isEmpty()) {
        return true;
      }
      String rest = name.substring(target.length());
      return !rest.isEmpty() && !allowedMembers.contains(rest.substring(1));
    }

    /** The message for a use of {@code name}, which this rule matches. */
    String message(String name) {
      return switch (origin) {
        case DEFAULT -> name + " is not allowed (default deny list: " + what + "): " + fix;
        case EXERCISE ->
            name
                + " is not allowed in this exercise (forbid list"
                + (what.isEmpty() ? "" : ": " + what)
                + "): "
                + fix;
      };
    }
  }

  private static final String FILES = "files";

  private static final String EXERCISE_FIX =
      "the exercise asks you to write this part yourself; see its statement";

  /**
   * The shorthand {@code collections} in a forbid list: the collection framework and the helpers
   * that build collections, for drills that are about arrays.
   */
  static final List<String> COLLECTIONS =
      List.of(
          "java.util.Collection",
          "java.util.Collections",
          "java.util.List",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.Vector",
          "java.util.Stack",
          "java.util.Set",
          "java.util.SortedSet",
          "java.util.NavigableSet",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.EnumSet",
          "java.util.Map",
          "java.util.SortedMap",
          "java.util.NavigableMap",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.EnumMap",
          "java.util.IdentityHashMap",
          "java.util.WeakHashMap",
          "java.util.Hashtable",
          "java.util.Queue",
          "java.util.Deque",
          "java.util.ArrayDeque",
          "java.util.PriorityQueue",
          "java.util.Arrays.asList",
          "java.util.concurrent");

  /**
   * The family {@code sorting} in a forbid list: every sort of the JDK, and the collections that
   * keep their elements sorted, for drills that ask for a sort (or a way around one) by hand.
   */
  static final List<String> SORTING =
      List.of(
          "java.util.Arrays.sort",
          "java.util.Arrays.parallelSort",
          "java.util.Collections.sort",
          "java.util.List.sort",
          "java.util.ArrayList.sort",
          "java.util.LinkedList.sort",
          "java.util.Vector.sort",
          "java.util.stream.Stream.sorted",
          "java.util.stream.IntStream.sorted",
          "java.util.stream.LongStream.sorted",
          "java.util.stream.DoubleStream.sorted",
          "java.util.SortedSet",
          "java.util.SortedMap",
          "java.util.NavigableSet",
          "java.util.NavigableMap",
          "java.util.TreeSet",
          "java.util.TreeMap",
          "java.util.PriorityQueue",
          "java.util.concurrent.PriorityBlockingQueue",
          "java.util.concurrent.ConcurrentSkipListSet",
          "java.util.concurrent.ConcurrentSkipListMap");

  /** Names a forbid list may use for a whole family of APIs. */
  static final Map<String, List<String>> FAMILIES =
      Map.of("collections", COLLECTIONS, "sorting", SORTING);

  private static final Set<String> CLASS_OBJECT_METHODS =
      Set.of(
          "getName",
          "getSimpleName",
          "getTypeName",
          "getCanonicalName",
          "getPackageName",
          "isInstance",
          "cast",
          "isArray",
          "isPrimitive",
          "isInterface",
          "isEnum",
          "isRecord",
          "isAnnotation",
          "isAssignableFrom",
          "getComponentType",
          "componentType",
          "arrayType",
          "getEnumConstants",
          "getSuperclass",
          "getInterfaces",
          "desiredAssertionStatus",
          "toString",
          "hashCode",
          "equals");

  private static final List<Rule> DEFAULTS = defaults();

  private final List<Rule> rules;

  private DenyList(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The exercise's forbid rule for a method called {@code name} (the last part of an entry such as
   * {@code java.util.Arrays.sort}), for a call on a value whose type the check cannot tell.
   */
  Optional<Rule> forbiddenMethodNamed(String name) {
    for (Rule r : rules) {
      if (r.origin() == Origin.EXERCISE) {
        int dot = r.target().lastIndexOf('.');
        String last = r.target().substring(dot + 1);
        if (last.equals(name) && Character.isLowerCase(last.charAt(0))) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /** The default deny list alone. */
  static DenyList defaultsOnly() {
    return new DenyList(DEFAULTS);
  }

  /** The default list with the rules an exercise's {@code allow} names lifted. */
  static DenyList defaultsOnly(List<String> allow) {
    return new DenyList(lifted(allow));
  }

  /**
   * The default rules without those {@code allow} lifts: {@code files} lifts the files rule and
   * lets {@code Class.getResource} and {@code getResourceAsStream} through (the sandbox and the
   * guard then let the code read the exercise's resources/ folder, which is on the class path, and
   * nothing else).
   */
  private static List<Rule> lifted(List<String> allow) {
    boolean files = allow.contains("files");
    List<Rule> all = new ArrayList<>();
    for (Rule r : DEFAULTS) {
      if (files && r.target().equals("java.lang.Class")) {
        Set<String> members = new java.util.HashSet<>(r.allowedMembers());
        members.addAll(Set.of("getResource", "getResourceAsStream"));
        all.add(new Rule(r.target(), Set.copyOf(members), r.what(), r.fix(), r.origin()));
      } else if (!(FILES.equals(r.what()) && files)) {
        all.add(r);
      }
    }
    return all;
  }

  /** The default deny list and {@code exercise}'s forbid list, each entry checked. */
  static DenyList forExercise(Exercise exercise, JdkTypes jdk) {
    List<Rule> all = new ArrayList<>(lifted(exercise.allow()));
    for (String entry : exercise.forbid()) {
      String name = entry.strip();
      List<String> targets = FAMILIES.getOrDefault(name, List.of(name));
      String family = FAMILIES.containsKey(name) ? name : "";
      for (String target : targets) {
        if (!knownToJdk(target, jdk)) {
          throw CourseException.input(
              exercise.dir().resolve("exercise.md")
                  + ": forbid entry '"
                  + entry
                  + "' names no JDK package, class or method; write a name such as"
                  + " java.util.stream, java.util.ArrayList or java.util.Arrays.sort, or a"
                  + " family: "
                  + String.join(", ", new java.util.TreeSet<>(FAMILIES.keySet())));
        }
        all.add(new Rule(target, Set.of(), family, EXERCISE_FIX, Origin.EXERCISE));
      }
    }
    return new DenyList(all);
  }

  /** The first rule that {@code name} (a dotted name) breaks. */
  Optional<Rule> broken(String name) {
    for (Rule r : rules) {
      if (r.matches(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static boolean knownToJdk(String target, JdkTypes jdk) {
    if (jdk.find(target).isPresent()) {
      return true;
    }
    int dot = target.lastIndexOf('.');
    if (dot > 0) {
      var owner = jdk.find(target.substring(0, dot));
      String member = target.substring(dot + 1);
      if (owner.isPresent() && !JdkTypes.declaring(owner.get(), member).isEmpty()) {
        return true;
      }
    }
    return ModuleLayer.boot().modules().stream().anyMatch(m -> m.getPackages().contains(target));
  }

  private static List<Rule> defaults() {
    List<Rule> r = new ArrayList<>();
    String exit = "return from your method instead; the tests need the JVM to keep running";
    member(r, "java.lang.System.exit", "ending the JVM", exit);
    String streams = "print with System.out and System.err as they are";
    for (String m : List.of("setOut", "setErr", "setIn")) {
      member(r, "java.lang.System." + m, "replacing the standard streams", streams);
    }
    for (String m : List.of("load", "loadLibrary", "mapLibraryName")) {
      member(r, "java.lang.System." + m, "native code", "write the code in Java");
    }
    for (String m :
        List.of("setSecurityManager", "setProperty", "setProperties", "clearProperty")) {
      member(r, "java.lang.System." + m, "changing the JVM's settings", "leave them as they are");
    }
    String jvm = "the JVM's runtime (exit, halt, exec, shutdown hooks)";
    whole(r, "java.lang.Runtime", jvm, "return from your method instead");
    String processes = "starting processes";
    String inJava = "do the work in Java, in your own code";
    whole(r, "java.lang.ProcessBuilder", processes, inJava);
    whole(r, "java.lang.Process", processes, inJava);
    whole(r, "java.lang.ProcessHandle", processes, inJava);
    String reflection = "reflection";
    String plain = "call your code directly, without reflection";
    r.add(new Rule("java.lang.Class", CLASS_OBJECT_METHODS, reflection, plain, Origin.DEFAULT));
    for (String c :
        List.of(
            "java.lang.ClassLoader",
            "java.lang.Module",
            "java.lang.ModuleLayer",
            "java.lang.StackWalker",
            "java.lang.reflect",
            "java.lang.invoke",
            "java.lang.instrument",
            "java.beans",
            "java.util.ServiceLoader")) {
      whole(r, c, reflection, plain);
    }
    String threads = "controlling threads you did not start";
    String ownThreads = "stop your own threads by letting their run method return";
    for (String m :
        List.of(
            "stop",
            "suspend",
            "resume",
            "getAllStackTraces",
            "enumerate",
            "activeCount",
            "getThreadGroup",
            "setDefaultUncaughtExceptionHandler",
            "checkAccess")) {
      member(r, "java.lang.Thread." + m, threads, ownThreads);
    }
    whole(r, "java.lang.ThreadGroup", threads, ownThreads);
    whole(r, "java.lang.SecurityManager", "changing the JVM's settings", "leave them as they are");
    String files = FILES;
    String noFiles = "work on the values your method gets; the tests give you everything";
    for (String c :
        List.of(
            "java.io.File",
            "java.io.FileInputStream",
            "java.io.FileOutputStream",
            "java.io.RandomAccessFile",
            "java.io.FileReader",
            "java.io.FileWriter",
            "java.io.FileDescriptor",
            "java.io.FilePermission",
            "java.nio.file",
            "java.nio.channels",
            "java.util.zip.ZipFile",
            "java.util.jar.JarFile",
            "java.util.logging.FileHandler",
            "java.util.logging.LogManager", // its configuration can install a FileHandler
            "java.util.prefs",
            "javax.xml", // stylesheets and DTDs read and write files and URLs
            "java.awt.Desktop")) {
      whole(r, c, files, noFiles);
    }
    String devices = "the machine's devices (screen, printers, sound)";
    String values = "compute values; the JVM runs headless and the tests check what you return";
    for (String c :
        List.of(
            "java.awt.Robot", "java.awt.print", "javax.print", "javax.sound", "javax.imageio")) {
      whole(r, c, devices, values);
    }
    String net = "the network";
    for (String c : List.of("java.net", "javax.net", "java.rmi", "javax.naming", "java.net.http")) {
      whole(r, c, net, "the grader runs offline; compute the answer in your own code");
    }
    String jvmInside = "the JVM's internals";
    String standard = "use the standard Java API";
    for (String c :
        List.of(
            "sun",
            "com.sun",
            "jdk",
            "java.lang.management",
            "javax.management",
            "javax.script",
            "javax.tools",
            "javax.lang.model",
            "java.lang.ref.Cleaner")) {
      whole(r, c, jvmInside, standard);
    }
    String grader = "the grader and the test framework";
    String tests = "the tests call your code; your code does not need theirs";
    for (String c :
        List.of(
            "org.junit",
            "org.opentest4j",
            "org.apiguardian",
            "org.assertj",
            "net.bytebuddy",
            "course")) {
      whole(r, c, grader, tests);
    }
    return List.copyOf(r);
  }

  private static void whole(List<Rule> rules, String target, String what, String fix) {
    rules.add(new Rule(target, Set.of(), what, fix, Origin.DEFAULT));
  }

  private static void member(List<Rule> rules, String target, String what, String fix) {
    rules.add(new Rule(target, Set.of(), what, fix, Origin.DEFAULT));
  }
}
