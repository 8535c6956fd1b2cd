package course.site.generate;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.catalog.Exercise;
import course.catalog.FrontMatter;
import course.catalog.Problem;
import course.site.Parallel;
import course.site.content.Content;
import course.site.content.ContentReader;
import course.site.content.Lesson;
import course.site.content.Part;
import course.site.markdown.HeadingAnchors;
import course.site.markdown.Markdown;
import course.site.markdown.Quiz;
import course.site.markdown.RaftSim;
import course.site.templates.Templates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Compiles a course folder ({@code content/} and {@code exercises/}) into a static site that works
 * from disk. Strict: every problem (broken link or anchor, missing image, unknown or cyclic
 * prerequisite, duplicate page id, malformed front matter, quiz or raft-sim) is collected with its
 * {@code file:line}, and nothing is written unless there are none.
 */
public final class SiteBuilder {
  /** A lesson file's number, which its page id leaves out ({@code 01-terms} is {@code terms}). */
  private static final java.util.regex.Pattern LEADING_NUMBER =
      java.util.regex.Pattern.compile("^\\d+-");

  private final Path root;
  private final Markdown markdown = new Markdown();
  private final Templates templates = new Templates();
  private final Optional<URI> gradingServer;

  /** The last site written without problems: see {@link #rebuildLesson}. */
  private Written last;

  /** A builder for the course at {@code root}, whose instructor grades submissions. */
  public SiteBuilder(Path root) {
    this(root, Optional.empty());
  }

  /**
   * A builder for the course at {@code root}; the home and exercise pages say where {@code course
   * submit} grades: on {@code gradingServer} (a student kit's, or a course.yaml's {@code server:})
   * or, when empty, on the instructor's machine.
   */
  public SiteBuilder(Path root, Optional<URI> gradingServer) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.gradingServer = Objects.requireNonNull(gradingServer, "gradingServer");
  }

  /** The outcome of a build or check. */
  public record Result(List<Problem> problems, int pages, Path out) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** True when there is no problem. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Runs every validation of a build without writing anything. */
  public Result check() {
    CompiledCourse compiled = compile(false);
    return new Result(compiled.problems, compiled.pages.size(), null);
  }

  /** Builds the site into {@code out} when the course has no problem. */
  public Result build(Path out) {
    return build(out, false);
  }

  /**
   * Builds the site into {@code out}. With problems, nothing is written unless {@code keepGoing}:
   * then every page whose source has a problem becomes an error page listing them, and the result
   * still carries every problem (the build has failed).
   */
  public Result build(Path out, boolean keepGoing) {
    Objects.requireNonNull(out, "out");
    long jvm = Profile.jvmUpMs();
    long start = System.nanoTime();
    Result result = buildProfiled(out, keepGoing);
    Profile.print(System.err, jvm, System.nanoTime() - start);
    return result;
  }

  private Result buildProfiled(Path out, boolean keepGoing) {
    // The templates compile beside the reading. Never joined: a template that fails to compile
    // fails again, and is reported, where it is first used.
    Parallel.beside("course-templates", templates::compileAll);
    CompiledCourse compiled = compile(true);
    // A refused symbolic link may point at a hidden test: no site is written then, keep-going
    // or not.
    boolean links = compiled.problems.stream().anyMatch(Symlinks::isLinkProblem);
    if (!compiled.problems.isEmpty() && (!keepGoing || links)) {
      return new Result(compiled.problems, compiled.pages.size(), null);
    }
    Path target = out.toAbsolutePath().normalize();
    ErrorPages.replaceBroken(compiled, markdown);
    SiteWriter writer = new SiteWriter(root, target, markdown, templates, compiled, gradingServer);
    last = null;
    Profile.time("write site", writer::write);
    ErrorPages.writeUnreadable(compiled, target);
    if (compiled.problems.isEmpty()) {
      last = new Written(target, compiled, writer);
    }
    return new Result(compiled.problems, compiled.pages.size(), target);
  }

  /** A site this builder wrote without problems, which the preview's fast path updates. */
  private record Written(Path out, CompiledCourse compiled, SiteWriter writer) {}

  /**
   * The preview's fast path, for a save that changed only {@code changed}: when it is a lesson of
   * the last site this builder wrote into {@code out} and only its body changed (no front matter,
   * no heading id another page may link to, no exercise link, no problem), rewrites that page, runs
   * {@code pageWritten} (the preview's reload signal), then the search index, all.html and the
   * changes page. Empty when the edit needs a whole build (which the caller then runs).
   */
  public synchronized Optional<Result> rebuildLesson(Path out, Path changed, Runnable pageWritten) {
    Written w = last;
    if (w == null || !w.out.equals(out.toAbsolutePath().normalize())) {
      return Optional.empty();
    }
    String rel =
        root.relativize(changed.toAbsolutePath().normalize()).toString().replace('\\', '/');
    String output = null;
    Lesson old = null;
    for (Map.Entry<String, Lesson> e : w.compiled.lessonByPage.entrySet()) {
      if (e.getValue().file().equals(rel)) {
        output = e.getKey();
        old = e.getValue();
      }
    }
    if (old == null) {
      return Optional.empty();
    }
    List<Problem> problems = new ArrayList<>();
    Optional<Lesson> read = new ContentReader(root, problems::add).reread(old);
    if (read.isEmpty() || !problems.isEmpty()) {
      return Optional.empty();
    }
    Lesson lesson = read.get();
    // The title, order, prerequisites... show on other pages; where a body links an exercise
    // orders the exercises.
    if (!withoutBody(lesson).equals(withoutBody(old))
        || old.body().contains("exercises/")
        || lesson.body().contains("exercises/")) {
      return Optional.empty();
    }
    Page before = w.compiled.pages.get(output);
    Node document = markdown.parse(lesson.body());
    dropTitleHeading(document, before.title());
    LinkResolver links = new LinkResolver(root, w.compiled.outputs, problems::add);
    links.resolve(document, old.file(), output, lesson.bodyLine());
    Spec spec =
        new Spec(
            old.file(),
            output,
            before.id(),
            before.title(),
            before.section(),
            lesson.body(),
            lesson.bodyLine());
    blockProblems(document, spec, problems);
    Set<String> ids = new HashSet<>(HeadingAnchors.ids(document).values());
    ids.addAll(templateIds(w.compiled, output));
    // Another page may link to a heading of this one: other ids need the whole check.
    if (!problems.isEmpty() || !ids.equals(w.compiled.ids.get(output))) {
      return Optional.empty();
    }
    for (LinkResolver.AnchorRef ref : links.anchors()) {
      if (w.compiled.pages.containsKey(ref.target())
          && !w.compiled.ids.getOrDefault(ref.target(), Set.of()).contains(ref.fragment())) {
        return Optional.empty();
      }
    }
    Page page =
        new Page(
            old.file(),
            output,
            before.id(),
            before.title(),
            before.section(),
            Body.of(document, markdown, w.compiled.dictionaryFor(output), before.title(), output),
            lesson.bodyLine());
    if (!w.writer.rewrite(page, pageWritten)) {
      last = null;
      return Optional.empty();
    }
    w.compiled.pages.put(output, page);
    w.compiled.lessonByPage.put(output, lesson);
    return Optional.of(new Result(List.of(), w.compiled.pages.size(), w.out));
  }

  private static Lesson withoutBody(Lesson l) {
    return new Lesson(
        l.id(),
        l.part(),
        l.stem(),
        l.file(),
        l.title(),
        l.summary(),
        l.order(),
        l.tags(),
        l.prerequisites(),
        l.prerequisitesLine(),
        l.sources(),
        "",
        0);
  }

  /**
   * Exercises in reading order: by the position of their lesson in the course (parts, then
   * lessons), then in the order that lesson first links them (its "Practice" list), then by title;
   * exercises without a known lesson come last, by title. The sidebar, the course map and the
   * prev/next order all follow it.
   */
  static List<Exercise> inCourseOrder(List<Exercise> exercises, Content content) {
    Map<String, Integer> position = new HashMap<>();
    Map<String, String> body = new HashMap<>();
    for (Part part : content.parts()) {
      for (Lesson lesson : part.lessons()) {
        position.put(lesson.id(), position.size());
        body.put(lesson.id(), lesson.body());
      }
    }
    java.util.function.ToIntFunction<Exercise> lessonPlace =
        e ->
            e.lesson()
                .map(id -> position.getOrDefault(id, Integer.MAX_VALUE))
                .orElse(Integer.MAX_VALUE);
    java.util.function.ToIntFunction<Exercise> linkPlace =
        e -> {
          int at =
              e.lesson()
                  .map(id -> body.getOrDefault(id, ""))
                  .map(text -> text.indexOf("exercises/" + e.slug() + "/"))
                  .orElse(-1);
          return at < 0 ? Integer.MAX_VALUE : at;
        };
    return exercises.stream()
        .sorted(
            java.util.Comparator.comparingInt(lessonPlace)
                .thenComparingInt(linkPlace)
                .thenComparing(Exercise::title))
        .toList();
  }

  /**
   * Reads and checks the course; with {@code write}, each page's {@link Body} is made as it is
   * parsed (a check alone needs none).
   */
  private CompiledCourse compile(boolean write) {
    Profile.mark("compile: start");
    CompiledCourse c = new CompiledCourse();
    c.problems.addAll(Profile.time("symbolic links", () -> Symlinks.refused(root)));
    c.content = Profile.time("read content", () -> new ContentReader(root, c.problems::add).read());
    if (Files.isDirectory(root.resolve("exercises"))) {
      try {
        Catalog catalog = Profile.time("read exercises", () -> Catalog.load(root));
        c.exercises = inCourseOrder(catalog.exercises(), c.content);
        // A broken exercise is reported once; its page becomes an error page, links to it stay.
        c.problems.addAll(catalog.problems());
        c.unreadableExercises.addAll(ExerciseFolders.unreadable(root, catalog.brokenSlugs()));
      } catch (CourseException e) {
        c.problems.add(e.problem().orElseGet(() -> new Problem("exercises", 0, e.getMessage())));
        c.unreadableExercises.addAll(ExerciseFolders.unreadable(root, null));
      }
    }
    // Every page first, so that links can be checked against the whole site.
    List<Spec> specs = new ArrayList<>();
    specs.add(
        new Spec(
            "content/index.md",
            "index.html",
            "home",
            c.content.title(),
            "",
            c.content.intro(),
            c.content.introLine()));
    Map<String, String> pageIds = new HashMap<>();
    for (Part part : c.content.parts()) {
      Spec spec =
          new Spec(
              part.file(),
              "lessons/" + part.id() + "/index.html",
              part.id(),
              part.title(),
              part.title(),
              part.intro(),
              part.introLine());
      specs.add(spec);
      c.partByPage.put(spec.output, part);
      for (Lesson lesson : part.lessons()) {
        String pageId = part.id() + "--" + LEADING_NUMBER.matcher(lesson.stem()).replaceFirst("");
        String other = pageIds.putIfAbsent(pageId, lesson.file());
        if (other != null) {
          c.problems.add(
              new Problem(
                  lesson.file(),
                  1,
                  "duplicate page id '"
                      + pageId.replace("--", "/")
                      + "' (also "
                      + other
                      + "): two lessons of a part may not share a slug; rename one"));
          continue;
        }
        Spec ls =
            new Spec(
                lesson.file(),
                "lessons/" + part.id() + "/" + lesson.stem() + ".html",
                pageId,
                lesson.title(),
                part.title(),
                lesson.body(),
                lesson.bodyLine());
        specs.add(ls);
        c.lessonByPage.put(ls.output, lesson);
      }
    }
    for (Exercise exercise : c.exercises) {
      String file = "exercises/" + exercise.slug() + "/exercise.md";
      FrontMatter fm = FrontMatter.parse(file, Catalog.readUtf8(root.resolve(file), file));
      Spec spec =
          new Spec(
              file,
              "exercises/" + exercise.slug() + "/index.html",
              "exercise--" + exercise.slug(),
              exercise.title(),
              "Exercises",
              fm.body(),
              fm.bodyLine());
      specs.add(spec);
      c.exerciseByPage.put(spec.output, exercise);
      exercise
          .lesson()
          .filter(id -> c.content.lesson(id).isEmpty() && !c.unreadableIds().contains(id))
          .ifPresent(
              id ->
                  c.problems.add(
                      new Problem(
                          file,
                          fm.lineOf("lesson"),
                          "lesson '"
                              + id
                              + "' does not exist; write a lesson path such as "
                              + example(c.content))));
    }
    Set<String> outputs = new HashSet<>();
    specs.forEach(s -> outputs.add(s.output));
    c.content.unreadable().forEach(u -> outputs.add(u.output()));
    c.unreadableExercises.forEach(u -> outputs.add(u.output()));
    c.outputs = outputs;
    Map<String, Set<String>> ids = c.ids;
    // Parsing is the costly part and pages are independent: each page is parsed and checked on
    // every core (its problems and anchor links kept apart), then taken in page order.
    Profile.mark("compile: content read, parsing and checking");
    List<Checked> checked = Parallel.map(specs.size(), i -> check(c, specs.get(i), outputs, write));
    Profile.mark("compile: parsed and checked");
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      Checked page = checked.get(i);
      c.problems.addAll(page.problems);
      ids.put(spec.output, page.ids);
      c.pages.put(
          spec.output,
          new Page(
              spec.source,
              spec.output,
              spec.id,
              spec.title,
              spec.section,
              page.body,
              spec.bodyLine));
    }
    for (int i = 0; i < specs.size(); i++) {
      List<LinkResolver.AnchorRef> refs = checked.get(i).anchors;
      List<LinkResolver.AnchorRef> exact = null;
      for (int k = 0; k < refs.size(); k++) {
        LinkResolver.AnchorRef ref = refs.get(k);
        // A page that could not be read has unknown headings: its own error is the one to fix.
        if (!c.pages.containsKey(ref.target())
            || ids.getOrDefault(ref.target(), Set.of()).contains(ref.fragment())) {
          continue;
        }
        if (exact == null) {
          // The links' own lines. A page with a problem was parsed again with them already
          // (check); another is parsed again now (the same links, in order).
          exact =
              checked.get(i).problems.isEmpty()
                  ? parseAndCheck(c, specs.get(i), outputs, true).anchors
                  : refs;
          if (exact.size() != refs.size()) {
            exact = refs;
          }
        }
        c.problems.add(
            new Problem(
                ref.file(),
                exact.get(k).line(),
                "missing anchor '#"
                    + ref.fragment()
                    + "' in "
                    + c.pages.get(ref.target()).source()
                    + "; link to one of its headings (ids are the heading text in lower case with"
                    + " '-' for spaces)"));
      }
    }
    new Prerequisites(c.content, c.unreadableIds(), c.problems::add).check();
    c.problems.sort(null);
    Profile.mark("compile: done");
    return c;
  }

  /** A page parsed and checked on its own: its body, problems, anchor links and ids. */
  private record Checked(
      Body body, List<Problem> problems, List<LinkResolver.AnchorRef> anchors, Set<String> ids) {}

  /** A page's parsed document and what checking it found. */
  private record Parsed(
      Node document,
      List<Problem> problems,
      List<LinkResolver.AnchorRef> anchors,
      Set<String> ids) {}

  /**
   * Parses the page {@code spec}, rewrites and checks its links against {@code outputs} (anchors
   * are checked once every page's ids are known) and checks its blocks, then makes its body when
   * the site is to be {@code write}n; safe on many threads. The first parse records the lines of
   * blocks only ({@link Markdown#parse}); a page with a problem is parsed and checked again with
   * every node's line, so that each message names the line of what it is about.
   */
  private Checked check(CompiledCourse c, Spec spec, Set<String> outputs, boolean write) {
    Parsed page = parseAndCheck(c, spec, outputs, false);
    if (!page.problems.isEmpty()) {
      page = parseAndCheck(c, spec, outputs, true);
    }
    Node document = page.document;
    Body body =
        write
            ? Body.of(document, markdown, c.dictionaryFor(spec.output), spec.title, spec.output)
            : null;
    return new Checked(body, page.problems, page.anchors, page.ids);
  }

  private Parsed parseAndCheck(CompiledCourse c, Spec spec, Set<String> outputs, boolean exact) {
    Node document =
        Profile.time(
            "parse Markdown",
            () -> exact ? markdown.parseExact(spec.body) : markdown.parse(spec.body));
    dropTitleHeading(document, spec.title);
    List<Problem> problems = new ArrayList<>();
    LinkResolver links = new LinkResolver(root, outputs, problems::add);
    Profile.time(
        "check links", () -> links.resolve(document, spec.source, spec.output, spec.bodyLine));
    blockProblems(document, spec, problems);
    Set<String> ids = new HashSet<>(HeadingAnchors.ids(document).values());
    ids.addAll(templateIds(c, spec.output));
    return new Parsed(document, problems, links.anchors(), ids);
  }

  /** Ids the page template adds around the body, which links may target too. */
  private static Set<String> templateIds(CompiledCourse c, String output) {
    Set<String> ids = new HashSet<>(Set.of("main"));
    if (output.equals("index.html")) {
      ids.add("course-map");
    }
    Lesson lesson = c.lessonByPage.get(output);
    if (lesson != null && !lesson.sources().isEmpty()) {
      ids.add("sources");
    }
    if (c.exerciseByPage.containsKey(output)) {
      ids.addAll(Set.of("get-started", "downloads", "commands"));
    }
    return ids;
  }

  /** A body that starts with the page title as its h1 would show the title twice. */
  private static void dropTitleHeading(Node document, String title) {
    if (document.getFirstChild() instanceof Heading h
        && h.getLevel() == 1
        && HeadingAnchors.text(h).strip().equals(title.strip())) {
      h.unlink();
    }
  }

  private static String example(Content content) {
    List<Lesson> lessons = content.lessons();
    return lessons.isEmpty() ? "raft/01-terms-and-roles" : lessons.get(0).id();
  }

  private static void blockProblems(Node document, Spec spec, List<Problem> problems) {
    for (course.site.markdown.VersionTag tag : course.site.markdown.VersionTags.in(document)) {
      tag.error()
          .ifPresent(e -> problems.add(new Problem(spec.source, spec.bodyLine + tag.line(), e)));
    }
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof Quiz quiz && quiz.error().isPresent()) {
              problems.add(
                  new Problem(spec.source, spec.bodyLine + quiz.errorLine(), quiz.error().get()));
            }
            if (block instanceof RaftSim sim && sim.error().isPresent()) {
              problems.add(
                  new Problem(spec.source, spec.bodyLine + sim.errorLine(), sim.error().get()));
            }
            visitChildren(block);
          }
        });
  }

  private record Spec(
      String source,
      String output,
      String id,
      String title,
      String section,
      String body,
      int bodyLine) {}
}
