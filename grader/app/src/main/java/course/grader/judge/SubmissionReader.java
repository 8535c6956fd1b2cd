package course.grader.judge;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.report.Diagnostic;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the files a student hands in, before anything is compiled: each must exist, be
 * UTF-8 text of at most 256 KiB, parse as Java 17, and declare one of the classes (enums, records,
 * interfaces; public or not) the exercise expects. Whatever makes the input unusable is a {@link
 * CourseException} (exit 2, nothing recorded); a syntax error or a broken rule is a verdict that is
 * recorded.
 */
public final class SubmissionReader {
  /** Why a file nested too deeply for the parser is rejected. */
  static final String TOO_DEEP =
      "nested too deeply for the grader to check (an expression or block hundreds of levels"
          + " deep); split it into smaller parts";

  /** Largest accepted source file. */
  public static final int MAX_BYTES = 256 * 1024;

  private final ParserConfiguration config =
      new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
          .setCharacterEncoding(StandardCharsets.UTF_8);

  /** Reads {@code paths} from disk as a submission to {@code exercise}. */
  public Submission read(Exercise exercise, List<Path> paths) {
    List<SubmittedFile> files = new ArrayList<>();
    for (Path path : paths) {
      files.add(new SubmittedFile(path.toString(), readText(path)));
    }
    return readUploaded(exercise, files);
  }

  /**
   * Reads files handed in without a disk (a grading server's upload, a test): each {@code name} as
   * the student gave it (a path or a file name; messages name it), each text as decoded with {@link
   * #decode}. The same checks as for files on disk.
   */
  public Submission readUploaded(Exercise exercise, List<SubmittedFile> uploaded) {
    if (uploaded.isEmpty()) {
      throw CourseException.input(
          "no files given; hand in " + String.join(", ", exercise.submit()));
    }
    List<String> expected = exercise.submitClasses();
    Map<String, SubmittedFile> byClass = new LinkedHashMap<>();
    Map<String, SubmittedFile> extras = new LinkedHashMap<>();
    List<SubmittedFile> unparsed = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Outcome verdict = null;
    for (SubmittedFile upload : uploaded) {
      String path = upload.name();
      String text = checkText(path, upload.content());
      String shown = path.substring(path.lastIndexOf('/') + 1);
      ParseResult<CompilationUnit> parsed;
      try {
        parsed = new JavaParser(config).parse(text);
      } catch (StackOverflowError e) {
        // javac may well compile it (1,000 nested parentheses), but nothing here can check it.
        String as =
            exercise.submit().size() == 1 && expected.size() == 1
                ? exercise.submit().get(0)
                : shown;
        diagnostics.add(new Diagnostic(as, 0, 0, TOO_DEEP));
        unparsed.add(new SubmittedFile(as, text));
        verdict = Outcome.REJECTED;
        continue;
      }
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        String as =
            exercise.submit().size() == 1 && expected.size() == 1
                ? exercise.submit().get(0)
                : shown;
        for (Problem problem : parsed.getProblems()) {
          diagnostics.add(syntaxError(as, problem));
        }
        // Stored under the expected name when there is only one, so that javac, which reports
        // syntax errors more plainly than javaparser, sees the file as the student meant it.
        unparsed.add(new SubmittedFile(as, text));
        verdict = verdict == Outcome.REJECTED ? verdict : Outcome.COMPILE_ERROR;
        continue;
      }
      CompilationUnit unit = parsed.getResult().get();
      String declared;
      Optional<String> extra = extraFile(unit, shown, expected, exercise);
      if (extra.isPresent()) {
        declared = extra.get();
        if (extras.putIfAbsent(declared, new SubmittedFile(declared + ".java", text)) != null) {
          throw CourseException.input(
              path + ": a second file named " + declared + ".java; hand in one");
        }
      } else {
        declared = declaredClass(unit, path, expected, exercise);
        if (byClass.putIfAbsent(declared, new SubmittedFile(declared + ".java", text)) != null) {
          throw CourseException.input(
              path + ": a second file declaring " + kinded(exercise, declared) + "; hand in one");
        }
      }
      if (unit.getPackageDeclaration().isPresent() && verdict == null) {
        var pkg = unit.getPackageDeclaration().get();
        diagnostics.add(
            new Diagnostic(
                declared + ".java",
                pkg.getBegin().map(p -> p.line).orElse(1),
                pkg.getBegin().map(p -> p.column).orElse(1),
                StaticCheck.packageMessage(pkg.getNameAsString())));
        verdict = Outcome.REJECTED;
      }
    }
    if (verdict != Outcome.COMPILE_ERROR && unparsed.isEmpty()) {
      for (String name : expected) {
        if (!byClass.containsKey(name)) {
          throw CourseException.input(
              "missing "
                  + name
                  + ".java; exercise '"
                  + exercise.slug()
                  + "' expects "
                  + String.join(", ", exercise.submit()));
        }
      }
    }
    List<SubmittedFile> files = new ArrayList<>();
    for (String name : expected) {
      if (byClass.containsKey(name)) {
        files.add(byClass.get(name));
      }
    }
    files.addAll(extras.values());
    files.addAll(unparsed);
    return new Submission(files, verdict, diagnostics);
  }

  private static Diagnostic syntaxError(String file, Problem problem) {
    var begin = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
    String message = problem.getMessage().lines().findFirst().orElse("syntax error").strip();
    int list = message.indexOf(", expected one of");
    if (list > 0) {
      message = message.substring(0, list);
    }
    return new Diagnostic(
        file, begin.map(p -> p.line).orElse(0), begin.map(p -> p.column).orElse(0), message);
  }

  /**
   * The name (without {@code .java}) a file is compiled under when it is a helper file the exercise
   * accepts besides the named ones ({@code submit: "*.java"}): it declares none of the expected
   * classes and its name matches a pattern of {@code submit}. Named after its public class when it
   * has one (javac wants that), else as handed in. Empty for any other file.
   */
  private static Optional<String> extraFile(
      CompilationUnit unit, String shown, List<String> expected, Exercise exercise) {
    if (unit.getTypes().stream().anyMatch(t -> expected.contains(t.getNameAsString()))
        || !exercise.acceptsExtra(shown)) {
      return Optional.empty();
    }
    Optional<String> named =
        unit.getTypes().stream()
            .filter(TypeDeclaration::isPublic)
            .map(t -> t.getNameAsString())
            .findFirst();
    return Optional.of(named.orElse(shown.substring(0, shown.length() - ".java".length())));
  }

  /**
   * The class of {@code expected} that {@code unit} declares at top level, public or not: tests in
   * the default package reach package-private classes, enums, records and interfaces alike.
   */
  private static String declaredClass(
      CompilationUnit unit, String path, List<String> expected, Exercise exercise) {
    List<TypeDeclaration<?>> types = unit.getTypes();
    for (TypeDeclaration<?> t : types) {
      if (t.isPublic() && expected.contains(t.getNameAsString())) {
        return t.getNameAsString();
      }
    }
    for (TypeDeclaration<?> t : types) {
      if (expected.contains(t.getNameAsString())) {
        return t.getNameAsString();
      }
    }
    String wanted = String.join(" or ", expected.stream().map(n -> kinded(exercise, n)).toList());
    if (types.isEmpty()) {
      throw CourseException.input(
          path + ": declares no class, enum, record or interface; this exercise expects " + wanted);
    }
    TypeDeclaration<?> first =
        types.stream().filter(TypeDeclaration::isPublic).findFirst().orElse(types.get(0));
    throw CourseException.input(
        path
            + ": declares "
            + (first.isPublic() ? "public " : "")
            + kind(first)
            + " "
            + first.getNameAsString()
            + ", but this exercise expects "
            + wanted
            + "; rename it or hand in the right file");
  }

  /** What {@code type} is, as the messages name it: class, enum, record or interface. */
  static String kind(TypeDeclaration<?> type) {
    if (type.isEnumDeclaration()) {
      return "enum";
    }
    if (type.isRecordDeclaration()) {
      return "record";
    }
    if (type.isAnnotationDeclaration()) {
      return "annotation interface";
    }
    if (type.isClassOrInterfaceDeclaration()
        && type.asClassOrInterfaceDeclaration().isInterface()) {
      return "interface";
    }
    return "class";
  }

  /**
   * {@code name} with its kind as the reference solution (or else the starter) declares it: {@code
   * enum Color}; a class when neither says.
   */
  static String kinded(Exercise exercise, String name) {
    for (Path dir : List.of(exercise.solutionDir(), exercise.starterDir())) {
      Path file = dir.resolve(name + ".java");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        var parsed = new JavaParser().parse(Files.readString(file));
        if (parsed.getResult().isPresent()) {
          for (TypeDeclaration<?> t : parsed.getResult().get().getTypes()) {
            if (t.getNameAsString().equals(name)) {
              return kind(t) + " " + name;
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // a broken solution is the catalog check's business; the message falls back to "class"
      }
    }
    return "class " + name;
  }

  private static String readText(Path path) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw CourseException.input(path + ": no such file; check the path");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw CourseException.input(
            path + ": larger than 256 KiB; a solution is a short source file");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw CourseException.input(path + ": cannot read: " + e.getMessage(), e);
    }
    return decode(path.toString(), bytes);
  }

  /**
   * The text of a file handed in as {@code bytes}, named {@code name} in messages: at most 256 KiB
   * of UTF-8.
   *
   * @throws CourseException when it is larger or not UTF-8
   */
  public static String decode(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw CourseException.input(
          name + ": larger than 256 KiB; a solution is a short source file");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw CourseException.input(name + ": not UTF-8 text; save the file as UTF-8", e);
    }
  }

  /** The source of a decoded file without a byte-order mark; refuses empty or binary text. */
  private static String checkText(String path, String text) {
    if (text.length() > MAX_BYTES) {
      throw CourseException.input(
          path + ": larger than 256 KiB; a solution is a short source file");
    }
    if (text.startsWith("\uFEFF")) {
      // A byte-order mark (Windows Notepad saves UTF-8 with one): not part of the source.
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw CourseException.input(path + ": the file is empty; hand in your solution's source");
    }
    if (text.indexOf('\0') >= 0) {
      throw CourseException.input(path + ": binary data, not Java source; hand in the .java file");
    }
    return text;
  }
}
