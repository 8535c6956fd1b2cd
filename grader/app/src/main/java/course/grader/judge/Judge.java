package course.grader.judge;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Grades one submission: check (including the {@link StaticCheck}), compile against the tests, run
 * in a child JVM, score. Nothing here touches the gradebook; the caller records the {@link
 * GradeReport}.
 */
public final class Judge {
  private final HarnessLibrary library;
  private final Sandbox sandbox;
  private final SubmissionReader reader;
  private final Clock clock;
  private final boolean staticCheck;
  private final boolean bytecodeCheck;

  /** The {@code course.seed} system property of the children, or null for none. */
  private final Long seed;

  /** Test JVMs started ahead ({@link #withSpareJvms}), or null. */
  private final SpareRuns spares;

  /**
   * What the judge reads once per exercise and suite (test files, tests hash, static check), for
   * every submission of a batch or a server; the tests themselves compile per submission, against
   * its classes (the two-step compile keeps hidden tests out of the submission's reach).
   */
  /** The system property that carries {@code --seed} into the child JVM. */
  public static final String SEED_PROPERTY = "course.seed";

  private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

  /** An exercise read for grading: see {@link #prepared}. */
  private record Prepared(
      List<Path> tests,
      List<Path> hidden,
      String testsHash,
      Optional<StaticCheck> check,
      OptionalDouble declaredMax) {}

  /** A judge that runs the {@link StaticCheck}, then children in this machine's sandbox if any. */
  public Judge(HarnessLibrary library) {
    this(library, Sandbox.detect());
  }

  public Judge(HarnessLibrary library, Sandbox sandbox) {
    this(library, sandbox, new SubmissionReader(), Clock.systemUTC());
  }

  /**
   * A judge with its collaborators given, e.g. a fixed clock so that reports are reproducible.
   *
   * @param clock measures each run's duration
   */
  public Judge(HarnessLibrary library, Sandbox sandbox, SubmissionReader reader, Clock clock) {
    this(library, sandbox, reader, clock, true, true, null, null);
  }

  private Judge(
      HarnessLibrary library,
      Sandbox sandbox,
      SubmissionReader reader,
      Clock clock,
      boolean staticCheck,
      boolean bytecodeCheck,
      Long seed,
      SpareRuns spares) {
    this.library = java.util.Objects.requireNonNull(library, "library");
    this.sandbox = java.util.Objects.requireNonNull(sandbox, "sandbox");
    this.reader = java.util.Objects.requireNonNull(reader, "reader");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.staticCheck = staticCheck;
    this.bytecodeCheck = bytecodeCheck;
    this.seed = seed;
    this.spares = spares;
  }

  /**
   * The same judge without either static layer (the {@link StaticCheck} of the source and the
   * {@link BytecodeCheck} of the compiled classes): for instructors' tests of what the run-time
   * layers do with code the checks would reject ({@code --skip-static-check}).
   */
  public Judge withoutStaticCheck() {
    return new Judge(library, sandbox, reader, clock, false, false, seed, spares);
  }

  /** The same judge without the check of the source, but with the check of the class files. */
  public Judge withoutSourceCheck() {
    return new Judge(library, sandbox, reader, clock, false, true, seed, spares);
  }

  /**
   * The same judge, whose child JVMs get the system property {@code course.seed=seed}: {@code
   * course test --seed N} replays one seeded run of a deterministic test (a simulator's seed).
   */
  public Judge withSeed(long seed) {
    return new Judge(library, sandbox, reader, clock, staticCheck, bytecodeCheck, seed, spares);
  }

  /**
   * The same judge, keeping test JVMs started ahead for the next submissions (a grading server):
   * after each graded run, one for the same exercise starts and waits ({@link SpareRuns}), at most
   * {@code limit} of them in all. Each runs one submission. {@link #stopSpares()} ends them.
   */
  public Judge withSpareJvms(int limit) {
    return new Judge(
        library, sandbox, reader, clock, staticCheck, bytecodeCheck, seed, new SpareRuns(limit));
  }

  /** Kills the test JVMs started ahead ({@link #withSpareJvms}), if any, and starts no more. */
  public void stopSpares() {
    if (spares != null) {
      spares.close();
    }
  }

  /** How many test JVMs started ahead wait now (0 without {@link #withSpareJvms}). */
  public int spareJvmsWaiting() {
    return spares == null ? 0 : spares.waiting();
  }

  /** How many submissions ran in a test JVM started ahead (0 without {@link #withSpareJvms}). */
  public int spareJvmsUsed() {
    return spares == null ? 0 : spares.used();
  }

  /** How many test JVMs were started ahead (0 without {@link #withSpareJvms}). */
  public int spareJvmsStarted() {
    return spares == null ? 0 : spares.started();
  }

  /** Which tests a run uses. */
  public enum Suite {
    /** The published tests only ({@code course test}). */
    VISIBLE,
    /** Published and hidden tests ({@code course submit}). */
    ALL
  }

  /**
   * Grades {@code files} against {@code exercise}. Throws {@link CourseException} for input that is
   * not a submission at all (missing, empty, not UTF-8, wrong class); every other problem is an
   * outcome in the report.
   */
  public GradeReport grade(Exercise exercise, List<Path> files, Suite suite) {
    return grade(exercise, read(exercise, files), suite);
  }

  /**
   * Reads and checks the files of a submission without compiling anything; throws {@link
   * CourseException} for input that is not a submission at all.
   */
  public Submission read(Exercise exercise, List<Path> files) {
    if (staticCheck) {
      // A forbid entry that names nothing is the exercise's error: say so before anything is
      // recorded (it throws), not after.
      DenyList.forExercise(exercise, JdkTypes.SHARED);
    }
    return reader.read(exercise, files);
  }

  /**
   * As {@link #read}, for files handed in without a disk (a grading server's upload): each with the
   * name the student gave it and its decoded text ({@link SubmissionReader#decode}).
   */
  public Submission readUploaded(Exercise exercise, List<SubmittedFile> files) {
    if (staticCheck) {
      DenyList.forExercise(exercise, JdkTypes.SHARED);
    }
    return reader.readUploaded(exercise, files);
  }

  /**
   * Grades a submission {@link #read} before. A run in which no test ran (a compile error, a
   * rejection) still reports the exercise's maximum, as its tests declare it ({@link
   * DeclaredPoints}).
   */
  public GradeReport grade(Exercise exercise, Submission submission, Suite suite) {
    Prepared ready = prepare(exercise, suite);
    GradeReport report = grade(exercise, submission, ready);
    if (report.tests().isEmpty() && ready.declaredMax().isPresent()) {
      return report.withMaxScore(ready.declaredMax().getAsDouble());
    }
    return report;
  }

  /** The library's JVM options, and the seed property when there is a seed. */
  private List<String> jvmOptions() {
    if (seed == null) {
      return library.jvmOptions();
    }
    List<String> options = new ArrayList<>(library.jvmOptions());
    options.add("-D" + SEED_PROPERTY + "=" + seed);
    return options;
  }

  private Prepared prepare(Exercise exercise, Suite suite) {
    return prepared.computeIfAbsent(
        exercise.dir().toAbsolutePath() + "\0" + suite,
        key -> {
          List<Path> tests = Catalog.javaFiles(exercise.testsDir());
          List<Path> hidden =
              suite == Suite.ALL ? Catalog.javaFiles(exercise.hiddenDir()) : List.of();
          List<Path> all = new ArrayList<>(tests);
          all.addAll(hidden);
          return new Prepared(
              tests,
              hidden,
              testsHash(exercise, tests, hidden),
              staticCheck ? Optional.of(new StaticCheck(exercise)) : Optional.empty(),
              DeclaredPoints.of(all));
        });
  }

  private GradeReport grade(Exercise exercise, Submission submission, Prepared ready) {
    long started = clock.millis();
    long checkStart = System.nanoTime();
    List<Path> tests = ready.tests();
    List<Path> hidden = ready.hidden();
    String testsHash = ready.testsHash();
    if (submission.readyToCompile() && ready.check().isPresent()) {
      List<Diagnostic> violations;
      try {
        violations = ready.check().get().check(submission);
      } catch (StackOverflowError e) {
        violations =
            List.of(
                new Diagnostic(submission.files().get(0).name(), 0, 0, SubmissionReader.TOO_DEEP));
      }
      if (!violations.isEmpty()) {
        submission = new Submission(submission.files(), Outcome.REJECTED, violations);
      }
    }
    if (!submission.readyToCompile()) {
      List<Diagnostic> diagnostics = submission.diagnostics();
      if (submission.verdict() == Outcome.COMPILE_ERROR) {
        diagnostics = javacSyntaxErrors(submission).orElse(diagnostics);
      }
      return new GradeReport(
          exercise.slug(),
          submission.files(),
          submission.verdict(),
          List.of(),
          diagnostics,
          testsHash,
          "",
          millisSince(started));
    }
    try {
      return compileAndRun(
          exercise, submission, tests, hidden, testsHash, started, System.nanoTime() - checkStart);
    } catch (IOException e) {
      throw CourseException.internal("cannot prepare a work folder: " + e.getMessage(), e);
    }
  }

  /** {@code -Dcourse.profile=true}: one line per graded run on stderr, where its time went. */
  private static final boolean PROFILE = Boolean.getBoolean("course.profile");

  private GradeReport compileAndRun(
      Exercise exercise,
      Submission submission,
      List<Path> tests,
      List<Path> hidden,
      String testsHash,
      long started,
      long checkNanos)
      throws IOException {
    long t0 = System.nanoTime();
    List<String> sourceClasses =
        submission.files().stream().map(f -> className(Path.of(f.name()))).toList();
    Set<String> visibleClasses = new HashSet<>();
    Set<String> hiddenClasses = new HashSet<>();
    List<String> testClasses = new ArrayList<>();
    for (Path t : tests) {
      visibleClasses.add(className(t));
      testClasses.add(className(t));
    }
    List<SourceCompiler.Source> hiddenSources = new ArrayList<>();
    for (Path h : hidden) {
      hiddenSources.add(new SourceCompiler.Source(h, null));
      testClasses.add(className(h));
      hiddenClasses.add(className(h));
    }
    ChildRun.Settings shape =
        new ChildRun.Settings(
            exercise.timeout(),
            exercise.runTimeout(),
            exercise.memory(),
            library.javaHome(),
            jvmOptions(),
            library.jars(),
            null,
            null,
            null,
            sandbox,
            testClasses,
            visibleClasses,
            sourceClasses,
            hiddenClasses,
            exercise.allow().contains("files") && Files.isDirectory(exercise.resourcesDir())
                ? exercise.resourcesDir().toAbsolutePath().normalize()
                : null);
    // A test JVM started before this submission arrived, if the server keeps one; else one that
    // starts up now, while javac works. Either loads no class of ours until told to go.
    Optional<SpareRuns.Spare> spare = spares == null ? Optional.empty() : spares.take(shape);
    SpareRuns.Spare ahead = spare.orElseGet(() -> SpareRuns.start(shape, false));
    ChildRun child = ahead.run();
    Path work = ahead.folder().path();
    Path classes = ahead.settings().classes();
    Path student = ahead.settings().studentClasses();
    ChildRun.Result run;
    try {
      List<SourceCompiler.Source> sources = writeSubmission(submission, work);
      Set<Path> studentFiles = new HashSet<>();
      sources.forEach(s -> studentFiles.add(s.file()));
      for (Path t : tests) {
        sources.add(new SourceCompiler.Source(t, "tests/" + t.getFileName()));
      }
      SourceCompiler compiler = new SourceCompiler(library.jars());
      // The submission is compiled without the hidden tests, so it cannot name them; they are
      // compiled afterwards against its classes.
      SourceCompiler.Result compiled =
          compiler.compile(sources, classes, studentFiles, student, List.of());
      if (compiled.success()) {
        compiled = takesATestsName(student, testClasses).orElse(compiled);
      }
      if (compiled.success() && bytecodeCheck) {
        List<Diagnostic> denied = new BytecodeCheck(exercise.allow()).check(student);
        if (!denied.isEmpty()) {
          return new GradeReport(
              exercise.slug(),
              submission.files(),
              Outcome.REJECTED,
              List.of(),
              denied,
              testsHash,
              "",
              millisSince(started));
        }
      }
      Path hiddenOut = work.resolve("hidden");
      if (compiled.success() && !hiddenSources.isEmpty()) {
        compiled =
            compiler.compile(
                hiddenSources, hiddenOut, Set.of(), student, List.of(classes, student));
      }
      if (!compiled.success()) {
        return compileError(exercise, submission, compiled, testsHash, started);
      }
      if (!hiddenSources.isEmpty()) {
        child.hiddenClasses(HiddenClassFiles.take(hiddenOut, classes));
      }
      long t1 = System.nanoTime();
      run = child.run();
      if (PROFILE) {
        System.err.printf(
            "course.profile: %s %s JVM, static check %d ms, compile %d ms, run %d ms%n",
            exercise.slug(),
            spare.isPresent() ? "spare" : "new",
            checkNanos / 1_000_000,
            (t1 - t0) / 1_000_000,
            (System.nanoTime() - t1) / 1_000_000);
      }
    } finally {
      ahead.discard();
      if (spares != null) {
        spares.refill(shape);
      }
    }
    return new GradeReport(
        exercise.slug(),
        submission.files(),
        run.outcome(),
        run.tests(),
        List.of(),
        testsHash,
        run.note(),
        millisSince(started));
  }

  /**
   * A class of the submission named like a test class would stand in for it (the static check says
   * so first; this holds without it): a compile error, as when both are compiled together.
   */
  private static Optional<SourceCompiler.Result> takesATestsName(
      Path student, List<String> testClasses) {
    for (String test : testClasses) {
      if (Files.exists(student.resolve(test + ".class"))) {
        return Optional.of(
            new SourceCompiler.Result(
                false,
                List.of(
                    new Diagnostic(
                        "javac",
                        0,
                        0,
                        "duplicate class: "
                            + test
                            + " is the name of a test class; rename your class"))));
      }
    }
    return Optional.empty();
  }

  /**
   * javac's view of a submission javaparser could not parse: its messages and positions are the
   * ones Java programmers know ("';' expected" just after the statement). Empty when javac finds no
   * error, and javaparser's diagnostics stand.
   */
  private Optional<List<Diagnostic>> javacSyntaxErrors(Submission submission) {
    try (WorkFolder folder = WorkFolder.create("course-syntax-")) {
      List<SourceCompiler.Source> sources = writeSubmission(submission, folder.path());
      SourceCompiler.Result result =
          new SourceCompiler(library.jars()).compile(sources, folder.path().resolve("classes"));
      return result.success() || result.diagnostics().isEmpty()
          ? Optional.empty()
          : Optional.of(result.diagnostics());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the submitted files into {@code work/src} under the names they are compiled as. */
  private static List<SourceCompiler.Source> writeSubmission(Submission submission, Path work)
      throws IOException {
    Path src = Files.createDirectories(work.resolve("src"));
    List<SourceCompiler.Source> sources = new ArrayList<>();
    for (SubmittedFile f : submission.files()) {
      Path file = Files.writeString(src.resolve(f.name()), f.content());
      sources.add(new SourceCompiler.Source(file, f.name()));
    }
    return sources;
  }

  private GradeReport compileError(
      Exercise exercise,
      Submission submission,
      SourceCompiler.Result compiled,
      String testsHash,
      long started) {
    boolean studentFiles =
        compiled.diagnostics().stream()
            .anyMatch(d -> submission.files().stream().anyMatch(f -> f.name().equals(d.file())));
    String note =
        studentFiles
            ? ""
            : "your code compiles, but the tests cannot use it: check the class and method"
                + " signatures against the statement";
    return new GradeReport(
        exercise.slug(),
        submission.files(),
        Outcome.COMPILE_ERROR,
        List.of(),
        compiled.diagnostics(),
        testsHash,
        note,
        millisSince(started));
  }

  private static String className(Path javaFile) {
    String name = javaFile.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  private static String testsHash(Exercise exercise, List<Path> tests, List<Path> hidden) {
    StringBuilder all = new StringBuilder();
    for (Path p : Stream.concat(tests.stream(), hidden.stream()).toList()) {
      all.append(exercise.dir().relativize(p)).append('\0');
      all.append(Catalog.readUtf8(p, p.toString())).append('\0');
    }
    return SubmittedFile.sha256(all.toString());
  }

  private long millisSince(long startedMillis) {
    return Math.max(0, clock.millis() - startedMillis);
  }
}
