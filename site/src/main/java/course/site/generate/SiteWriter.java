package course.site.generate;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.site.JsonText;
import course.site.Parallel;
import course.site.content.Lesson;
import course.site.content.Part;
import course.site.markdown.Markdown;
import course.site.search.SearchIndex;
import course.site.templates.Templates;
import course.site.templates.Views;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Writes a checked course as the site: pages, single-page edition, assets, search, downloads. */
final class SiteWriter {
  /** Marks a folder as a built site, so a rebuild may clear it and nothing else is ever cleared. */
  static final String MARKER = ".course-site";

  /**
   * The student's progress, a plain script every page loads before the site's scripts. The student
   * kit overwrites it with {@code window.courseProgress = {"exercises": {...}};}; the build writes
   * this default (a missing script would log an error under file://) and keeps the kit's file when
   * it rebuilds in place.
   */
  static final String PROGRESS = "progress.js";

  static final String NO_PROGRESS = "window.courseProgress = null;\n";

  private final Path root;
  private final Path out;
  private final Markdown markdown;
  private final CompiledCourse compiled;
  private final Templates templates;

  /** The sidebar links of each output folder, nothing marked current: see {@link #sidebar}. */
  private final Map<String, Sidebar> sidebars = new java.util.concurrent.ConcurrentHashMap<>();

  private final List<Page> order;

  /** Every page as last written, in order: the preview's fast path rewrites one of them. */
  private List<Rendered> rendered;

  /** Whether writes go through a temporary file (while a reloaded page may read them). */
  private boolean atomic;

  /** The part of each exercise's lesson, by slug; exercises without one are absent. */
  private final Map<String, Part> partOfExercise = new HashMap<>();

  /** Exercises whose visible tests print a simulator scenario: they link the replay page. */
  private final java.util.Set<String> replayFromExercise = new java.util.HashSet<>();

  /** Lesson pages with a simulator: they link the replay page. */
  private final java.util.Set<String> replayFromLesson = new java.util.HashSet<>();

  /** Rewrites each page's article for all.html (pages keep their output paths and ids). */
  private final SinglePage single;

  /** Whether the site has the replay page (some page links it). */
  private final boolean replayPage;

  /** The grading server's address, or null when the instructor grades. */
  private final String gradingServer;

  SiteWriter(
      Path root,
      Path out,
      Markdown markdown,
      Templates templates,
      CompiledCourse compiled,
      Optional<URI> server) {
    this.root = root;
    this.templates = templates;
    this.gradingServer = server.map(URI::toString).orElse(null);
    this.out = out;
    this.markdown = markdown;
    this.compiled = compiled;
    this.order = new ArrayList<>(compiled.pages.values());
    Map<String, Part> partOfLesson = new HashMap<>();
    for (Part part : compiled.content.parts()) {
      part.lessons().forEach(l -> partOfLesson.put(l.id(), part));
    }
    for (Exercise e : compiled.exercises) {
      e.lesson().map(partOfLesson::get).ifPresent(part -> partOfExercise.put(e.slug(), part));
      if (ReplayPage.printsScenario(e)) {
        replayFromExercise.add(e.slug());
      }
    }
    for (Page page : order) {
      if (compiled.lessonByPage.containsKey(page.output()) && page.body().simulator()) {
        replayFromLesson.add(page.output());
      }
    }
    this.replayPage = !replayFromExercise.isEmpty() || !replayFromLesson.isEmpty();
    Map<String, String> ids = new LinkedHashMap<>();
    order.forEach(p -> ids.put(p.output(), p.id()));
    this.single = new SinglePage(ids);
  }

  void write() {
    Profile.mark("write: start");
    Profile.time("clear output folder", this::prepare);
    // What no page needs is written on threads of their own beside the pages: at the end of the
    // build it ran alone on one core. The search index needs the pages' terms only, which the
    // compile made; all.html needs the pages' articles, so it comes after them.
    Parallel.Beside extras = Parallel.beside("course-assets", this::extras);
    Parallel.Beside index = Parallel.beside("course-search", this::writeIndex);
    try {
      writePages();
      Profile.mark("write: pages written");
      writeEditionAndChanges();
      Profile.mark("write: all.html, changes written");
    } catch (RuntimeException | Error e) {
      joinAfter(e, extras, index);
      throw e;
    }
    extras.join();
    index.join();
    Profile.mark("write: done");
  }

  /**
   * Waits for {@code others} after {@code failure} on this thread, so that they stop writing into
   * the folder before it is told; their own failures are added to it.
   */
  private static void joinAfter(Throwable failure, Parallel.Beside... others) {
    for (Parallel.Beside other : others) {
      try {
        other.join();
      } catch (RuntimeException | Error also) {
        failure.addSuppressed(also);
      }
    }
  }

  /** Every page, rendered and written. */
  private void writePages() {
    // Pages are independent once compiled (the parser, renderer and templates are thread-safe),
    // so they are rendered and written on every core; all.html keeps page order.
    // A parallel stream, whose few large pieces give each thread a run of consecutive pages (mostly
    // one folder), rather than Parallel.map's one page at a time: two threads creating files in the
    // same folder at once made the kernel's inode allocation 1.2x the build's time on an ext4
    // without a journal (site/README.md, fifth round).
    // The first page alone, as Parallel.map does its first item: the threads then find the
    // lambdas linked.
    rendered = new ArrayList<>(order.size());
    if (!order.isEmpty()) {
      rendered.add(writePage(0));
    }
    rendered.addAll(IntStream.range(1, order.size()).parallel().mapToObj(this::writePage).toList());
  }

  /** What no page needs: sidebar.js, the replay page, the assets, content files and downloads. */
  private void extras() {
    writeText("assets/sidebar.js", sidebarScript());
    if (replayPage) {
      writeReplay();
    }
    copyAssets();
    Profile.time(
        "assets, files, downloads",
        () -> {
          copyContentFiles();
          for (Exercise exercise : compiled.exercises) {
            Downloads.write(exercise, out.resolve("exercises").resolve(exercise.slug()));
          }
        });
  }

  /**
   * The preview's fast path: rewrites one page whose body changed (nothing else did), tells the
   * open pages, then rewrites what holds every page (the search index, all.html, the changes).
   * False when the page's simulator link would change: then the whole site is rebuilt.
   */
  boolean rewrite(Page page, Runnable pageWritten) {
    int i = -1;
    for (int k = 0; k < order.size(); k++) {
      if (order.get(k).output().equals(page.output())) {
        i = k;
      }
    }
    if (i < 0
        || rendered == null
        || page.body().simulator() != replayFromLesson.contains(page.output())) {
      return false;
    }
    order.set(i, page);
    rendered.set(i, writePage(i));
    pageWritten.run();
    writeWholeSitePages(true);
    return true;
  }

  /** The files made of every page: the search index, all.html and the changes page. */
  private void writeWholeSitePages(boolean atomic) {
    this.atomic = atomic;
    try {
      // As in a whole build: the index on a thread of its own, all.html and the changes here.
      Parallel.Beside index = Parallel.beside("course-search", this::writeIndex);
      try {
        writeEditionAndChanges();
      } catch (RuntimeException | Error e) {
        joinAfter(e, index);
        throw e;
      }
      index.join();
    } finally {
      this.atomic = false;
    }
  }

  /** {@code assets/search-index.js}: the terms of every searchable page, in page order. */
  private void writeIndex() {
    SearchIndex search = new SearchIndex(compiled.terms);
    for (Page page : order) {
      SearchIndex.Terms terms = page.body().terms();
      if (terms != null) {
        search.add(page.output(), page.title(), page.section(), terms);
      }
    }
    Profile.time("search index", () -> writeText("assets/search-index.js", search.toJavaScript()));
  }

  private void writeEditionAndChanges() {
    Profile.time("all.html", this::writeEdition);
    writeChanges();
  }

  /** A written page and its article rewritten for all.html. */
  private record Rendered(Page page, String section) {}

  private Rendered writePage(int i) {
    Page page = order.get(i);
    String article = Profile.time("page article", () -> article(page));
    Views.Link prev = i > 0 ? link(page, order.get(i - 1)) : null;
    Views.Link next = i + 1 < order.size() ? link(page, order.get(i + 1)) : null;
    String root = SitePaths.root(page.output());
    Views.Page view =
        Profile.time(
            "page view (nav, crumbs)",
            () ->
                new Views.Page(
                    page.title(),
                    compiled.content.title(),
                    root,
                    page.output(),
                    sidebar(page.output()),
                    true,
                    crumbs(page),
                    prev,
                    next,
                    article));
    Profile.time("page template, write", () -> writeRendered(page.output(), "page", view));
    String section = Profile.time("all.html", () -> single.rewrite(page.output(), article));
    return new Rendered(page, section);
  }

  private void prepare() {
    if (root.startsWith(out)) {
      throw CourseException.input(
          out + ": the output folder contains the course itself; choose another with --out");
    }
    if (out.startsWith(root.resolve("content")) || out.startsWith(root.resolve("exercises"))) {
      throw CourseException.input(
          out
              + ": the output folder is inside content/ or exercises/, so the next build would"
              + " read it back; choose another with --out (default build/site)");
    }
    try {
      if (Files.exists(out)) {
        boolean empty;
        try (Stream<Path> children = Files.list(out)) {
          // The student kit may have written its progress.js before the first build.
          empty = children.allMatch(c -> c.equals(out.resolve(PROGRESS)));
        }
        if (!empty && !Files.exists(out.resolve(MARKER))) {
          throw CourseException.input(
              out
                  + ": not empty and not a site built before; choose an empty or new folder"
                  + " with --out");
        }
        try (Stream<Path> all = Files.walk(out)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            if (!p.equals(out) && !p.equals(out.resolve(PROGRESS))) {
              Files.delete(p);
            }
          }
        }
      }
      Files.createDirectories(out);
      Files.writeString(out.resolve(MARKER), "built by 'course build'; rebuilt in place\n");
      if (!Files.isRegularFile(out.resolve(PROGRESS))) {
        Files.writeString(out.resolve(PROGRESS), NO_PROGRESS);
      }
    } catch (IOException e) {
      throw CourseException.input(out + ": cannot prepare the output folder: " + e.getMessage(), e);
    }
  }

  private String article(Page page) {
    String body = page.body().html();
    String from = page.output();
    if (page.output().equals("index.html")) {
      List<Views.PartEntry> parts = new ArrayList<>();
      for (Part part : compiled.content.parts()) {
        Page partPage = compiled.pages.get("lessons/" + part.id() + "/index.html");
        parts.add(
            new Views.PartEntry(
                part.title(),
                SitePaths.relative(from, partPage.output()),
                "",
                lessons(from, part),
                exercises(from, part)));
      }
      List<Views.ExerciseEntry> exercises = exercises(from, null);
      return templates.render(
          "home", new Views.Home(compiled.content.title(), body, parts, exercises, gradingServer));
    }
    Part part = compiled.partByPage.get(from);
    if (part != null) {
      return templates.render(
          "part",
          new Views.PartEntry(
              part.title(), from, body, lessons(from, part), exercises(from, part)));
    }
    Lesson lesson = compiled.lessonByPage.get(from);
    if (lesson != null) {
      return templates.render(
          "lesson",
          new Views.Lesson(
              lesson.title(),
              lesson.summary(),
              prerequisites(from, lesson),
              body,
              lesson.sources().stream()
                  .map(s -> new Views.SourceEntry(s.title(), s.url().orElse(null)))
                  .toList(),
              replayFromLesson.contains(from) ? SitePaths.relative(from, ReplayPage.PATH) : null),
          body.length() + 4096);
    }
    Exercise exercise = compiled.exerciseByPage.get(from);
    String folder = exercise.slug() + "/starter/";
    String files = exercise.submit().stream().map(f -> folder + f).collect(Collectors.joining(" "));
    return templates.render(
        "exercise",
        new Views.Exercise(
            exercise.title(),
            exercise.slug(),
            exercise.difficulty(),
            exercise.lesson().flatMap(id -> lessonLink(from, id)).orElse(null),
            body,
            Downloads.files(exercise.starterDir()).stream()
                .map(f -> new Views.Download(f, "files/starter/" + f))
                .toList(),
            Downloads.files(exercise.testsDir()).stream()
                .map(f -> new Views.Download(f, "files/tests/" + f))
                .toList(),
            new Views.Download(Downloads.zipName(exercise), Downloads.zipName(exercise)),
            Downloads.zipEntries(exercise),
            List.of(
                new Views.Command("./course test " + exercise.slug() + " " + files),
                new Views.Command(
                    "./course submit " + exercise.slug() + " " + files + " --student YOUR_ID")),
            gradingServer,
            replayFromExercise.contains(exercise.slug())
                ? SitePaths.relative(from, ReplayPage.PATH)
                : null));
  }

  private List<Views.LessonEntry> lessons(String from, Part part) {
    List<Views.LessonEntry> entries = new ArrayList<>();
    for (Lesson lesson : part.lessons()) {
      entries.add(
          new Views.LessonEntry(
              lesson.title(),
              SitePaths.relative(from, lessonOutput(lesson)),
              lesson.summary(),
              prerequisites(from, lesson)));
    }
    return entries;
  }

  private List<Views.Link> prerequisites(String from, Lesson lesson) {
    return lesson.prerequisites().stream()
        .map(id -> lessonLink(from, id))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private java.util.Optional<Views.Link> lessonLink(String from, String id) {
    return compiled
        .content
        .lesson(id)
        .map(l -> new Views.Link(l.title(), SitePaths.relative(from, lessonOutput(l))));
  }

  private static String lessonOutput(Lesson lesson) {
    return "lessons/" + lesson.part() + "/" + lesson.stem() + ".html";
  }

  private Views.Link link(Page from, Page to) {
    return new Views.Link(to.title(), SitePaths.relative(from.output(), to.output()));
  }

  /**
   * The sidebar written into the page at {@code output}: every group's heading, and the entries of
   * the group that holds the page (open, the page marked current) only. {@code assets/sidebar.js}
   * holds the whole sidebar once for every page, and site.js puts it in place: a thousand lessons
   * in every page made each page about 90 KB, most of the build's bytes and a third of its time.
   * Without JavaScript the headings link the part pages, and a link leads to the course map.
   */
  private String sidebar(String output) {
    String folder = output.substring(0, output.lastIndexOf('/') + 1);
    Sidebar plain =
        sidebars.computeIfAbsent(
            folder,
            f -> {
              java.util.function.Function<String, String> relative = SitePaths.relativeFrom(output);
              List<Views.NavGroup> groups = nav(null, p -> relative.apply(p.output()));
              return new Sidebar(
                  groups,
                  groups.stream()
                      .map(
                          g ->
                              templates.render(
                                  "navgroup",
                                  new Views.NavGroup(
                                      g.title(), g.href(), false, g.folded(), List.of())))
                      .toList(),
                  groups.stream().map(g -> templates.render("navgroup", g)).toList());
            });
    String self = SitePaths.relative(output, output);
    StringBuilder html = new StringBuilder(plain.capacity());
    for (int g = 0; g < plain.groups.size(); g++) {
      Views.NavGroup group = plain.groups.get(g);
      boolean current = group.href() != null && group.href().equals(self);
      boolean holds = group.items().stream().anyMatch(i -> i.href().equals(self));
      if (!current && !holds) {
        html.append(plain.html.get(g));
        continue;
      }
      if (marked(html, plain.full.get(g), group, self, current, holds)) {
        continue;
      }
      List<Views.NavItem> items = new ArrayList<>(group.items().size());
      for (Views.NavItem i : group.items()) {
        items.add(i.href().equals(self) ? new Views.NavItem(i.title(), i.href(), true) : i);
      }
      html.append(
          templates.render(
              "navgroup",
              new Views.NavGroup(group.title(), group.href(), current, group.folded(), items)));
    }
    return html.toString();
  }

  /**
   * The page's own group: the group as rendered once for its folder, with the page's entry (and, on
   * a part's page, the heading) marked current and a folded group opened, as {@code
   * navgroup.mustache} marks them. Rendering the group's hundred entries again for each page was
   * most of the sidebar's cost. Appended to {@code html} in one copy; false (nothing appended) when
   * the link needs escaping or a mark's place is missing: then the template renders the group.
   */
  private static boolean marked(
      StringBuilder html,
      String full,
      Views.NavGroup group,
      String self,
      boolean current,
      boolean holds) {
    for (int k = 0; k < self.length(); k++) {
      char c = self.charAt(k);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '=' || c == '`') {
        return false;
      }
    }
    if (full == null) {
      return false;
    }
    // Each mark is an insertion after the first occurrence of its target; the targets cannot
    // overlap, so they are found in the group as rendered and the group copied once around them.
    String link = "<a href=\"" + self + "\"";
    int[] at = new int[3];
    String[] insert = new String[3];
    int n = 0;
    if (holds) {
      int i = full.indexOf("<li>" + link + ">");
      if (i < 0) {
        return false;
      }
      at[n] = i + "<li>".length() + link.length();
      insert[n++] = " aria-current=\"page\"";
    }
    if (current) {
      int i = full.indexOf("<h2>" + link + ">");
      if (i < 0) {
        return false;
      }
      at[n] = i + "<h2>".length() + link.length();
      insert[n++] = " aria-current=\"page\"";
    }
    if (holds && group.folded()) {
      String details = "<details class=\"nav-group\"";
      int i = full.indexOf(details + ">");
      if (i < 0) {
        return false;
      }
      at[n] = i + details.length();
      insert[n++] = " open";
    }
    // In order of position (at most three).
    for (int x = 1; x < n; x++) {
      for (int y = x; y > 0 && at[y] < at[y - 1]; y--) {
        int t = at[y];
        at[y] = at[y - 1];
        at[y - 1] = t;
        String s = insert[y];
        insert[y] = insert[y - 1];
        insert[y - 1] = s;
      }
    }
    int copied = 0;
    for (int k = 0; k < n; k++) {
      html.append(full, copied, at[k]).append(insert[k]);
      copied = at[k];
    }
    html.append(full, copied, full.length());
    return true;
  }

  /**
   * A folder's sidebar groups, nothing marked current: each group's heading rendered, and each
   * whole group.
   */
  private record Sidebar(List<Views.NavGroup> groups, List<String> html, List<String> full) {
    /** Room for every group's heading and one group's entries: a page's sidebar in one buffer. */
    int capacity() {
      int size = 64;
      int largest = 0;
      for (int g = 0; g < html.size(); g++) {
        size += html.get(g).length();
        largest = Math.max(largest, full.get(g).length());
      }
      return size + largest;
    }
  }

  /**
   * {@code assets/sidebar.js}: the whole sidebar as data ({@code [title, href, folded, [[title,
   * href], ...]]} per group, paths from the site root), which site.js turns into the sidebar of
   * every page that loads it.
   */
  private String sidebarScript() {
    StringBuilder js = new StringBuilder("window.COURSE_SIDEBAR = [");
    List<Views.NavGroup> groups = nav(null, Page::output);
    for (int g = 0; g < groups.size(); g++) {
      Views.NavGroup group = groups.get(g);
      js.append(g == 0 ? "\n[" : ",\n[");
      JsonText.string(js, group.title()).append(',');
      if (group.href() == null) {
        js.append("null");
      } else {
        JsonText.string(js, group.href());
      }
      js.append(group.folded() ? ",1,[" : ",0,[");
      for (int i = 0; i < group.items().size(); i++) {
        Views.NavItem item = group.items().get(i);
        js.append(i == 0 ? "[" : ",[");
        JsonText.string(js, item.title()).append(',');
        JsonText.string(js, item.href()).append(']');
      }
      js.append("]]");
    }
    return js.append("];\n").toString();
  }

  private String navHtml(List<Views.NavGroup> groups) {
    StringBuilder html = new StringBuilder();
    groups.forEach(g -> html.append(templates.render("navgroup", g)));
    return html.toString();
  }

  private List<Views.NavGroup> nav(String current, java.util.function.Function<Page, String> href) {
    List<Views.NavGroup> groups = new ArrayList<>();
    for (Part part : compiled.content.parts()) {
      Page partPage = compiled.pages.get("lessons/" + part.id() + "/index.html");
      List<Views.NavItem> items = new ArrayList<>();
      for (Lesson lesson : part.lessons()) {
        Page p = compiled.pages.get(lessonOutput(lesson));
        if (p != null) {
          items.add(new Views.NavItem(p.title(), href.apply(p), p.output().equals(current)));
        }
      }
      groups.add(
          new Views.NavGroup(
              part.title(), href.apply(partPage), partPage.output().equals(current), false, items));
    }
    // Exercises follow the lessons, one group per part (in course order), then the rest.
    Map<String, List<Views.NavItem>> byGroup = new LinkedHashMap<>();
    for (Exercise e : compiled.exercises) {
      Page p = compiled.pages.get("exercises/" + e.slug() + "/index.html");
      Part part = partOfExercise.get(e.slug());
      byGroup
          .computeIfAbsent(
              part == null ? "Exercises" : "Exercises: " + part.title(), k -> new ArrayList<>())
          .add(new Views.NavItem(p.title(), href.apply(p), p.output().equals(current)));
    }
    byGroup.forEach(
        (title, items) -> groups.add(new Views.NavGroup(title, null, false, true, items)));
    return groups;
  }

  /** The course map's entries for the exercises of one part (null: without a part), in order. */
  private List<Views.ExerciseEntry> exercises(String from, Part part) {
    List<Views.ExerciseEntry> entries = new ArrayList<>();
    for (Exercise e : compiled.exercises) {
      if (partOfExercise.get(e.slug()) == part) {
        entries.add(
            new Views.ExerciseEntry(
                e.title(),
                SitePaths.relative(from, "exercises/" + e.slug() + "/index.html"),
                e.difficulty(),
                e.lesson().flatMap(id -> lessonLink(from, id)).orElse(null)));
      }
    }
    return entries;
  }

  private List<Views.Link> crumbs(Page page) {
    List<Views.Link> crumbs = new ArrayList<>();
    String from = page.output();
    crumbs.add(new Views.Link("Home", SitePaths.relative(from, "index.html")));
    if (from.equals("index.html")) {
      return List.of();
    }
    Lesson lesson = compiled.lessonByPage.get(from);
    if (lesson != null) {
      Page part = compiled.pages.get("lessons/" + lesson.part() + "/index.html");
      crumbs.add(new Views.Link(part.title(), SitePaths.relative(from, part.output())));
    }
    Exercise exercise = compiled.exerciseByPage.get(from);
    if (exercise != null) {
      Part part = partOfExercise.get(exercise.slug());
      if (part != null) {
        String partPage = "lessons/" + part.id() + "/index.html";
        crumbs.add(new Views.Link(part.title(), SitePaths.relative(from, partPage)));
        crumbs.add(new Views.Link("Exercises", SitePaths.relative(from, partPage) + "#exercises"));
      } else {
        crumbs.add(new Views.Link("Exercises", SitePaths.relative(from, "index.html#course-map")));
      }
    }
    crumbs.add(new Views.Link(page.title(), SitePaths.relative(from, from)));
    return crumbs;
  }

  private void writeEdition() {
    List<Views.Section> sections = new ArrayList<>();
    int size = 1 << 16;
    for (Rendered r : rendered) {
      sections.add(new Views.Section(r.page.id(), r.section));
      size += r.section.length() + 256;
    }
    String article =
        templates.render("edition", new Views.Edition(compiled.content.title(), sections), size);
    Views.Page view =
        new Views.Page(
            "Single-page edition",
            compiled.content.title(),
            "",
            "all.html",
            navHtml(nav("all.html", p -> "#" + p.id())),
            false,
            List.of(),
            null,
            null,
            article);
    writeRendered("all.html", "page", view);
  }

  private void writeReplay() {
    List<Views.Link> labs =
        compiled.exercises.stream()
            .filter(e -> replayFromExercise.contains(e.slug()))
            .map(e -> new Views.Link(e.title(), "exercises/" + e.slug() + "/index.html"))
            .toList();
    String article =
        templates.render("replay", new Views.Replay(ReplayPage.figureHtml(markdown), labs));
    Views.Page view =
        new Views.Page(
            ReplayPage.TITLE,
            compiled.content.title(),
            "",
            ReplayPage.PATH,
            navHtml(nav(ReplayPage.PATH, p -> SitePaths.relative(ReplayPage.PATH, p.output()))),
            false,
            List.of(),
            null,
            null,
            article);
    writeRendered(ReplayPage.PATH, "page", view);
  }

  private void writeChanges() {
    String article = templates.render("changes", ChangesPage.of(order));
    Views.Page view =
        new Views.Page(
            "What changed when",
            compiled.content.title(),
            "",
            ChangesPage.PATH,
            navHtml(nav(ChangesPage.PATH, p -> SitePaths.relative(ChangesPage.PATH, p.output()))),
            false,
            List.of(),
            null,
            null,
            article);
    writeRendered(ChangesPage.PATH, "page", view);
  }

  /** The site's stylesheets and scripts, from the site module's own files. */
  private void copyAssets() {
    Map<String, byte[]> assets = course.site.SiteResources.folder("course/site/assets/");
    if (assets.isEmpty()) {
      throw CourseException.internal("assets missing from the class path", null);
    }
    assets.forEach((name, bytes) -> write("assets/" + name, file -> Files.write(file, bytes)));
  }

  /** Images and other files next to the lessons: everything under content/ that is not .md. */
  private void copyContentFiles() {
    Path content = root.resolve("content");
    if (!Files.isDirectory(content)) {
      return;
    }
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(Symlinks::isPlainFile).toList()) {
        String rel = content.relativize(f).toString().replace('\\', '/');
        if (rel.endsWith(".md") || rel.startsWith(".") || rel.contains("/.")) {
          continue;
        }
        Path target = out.resolve("lessons").resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    } catch (IOException e) {
      throw CourseException.input("content: cannot copy lesson files: " + e.getMessage(), e);
    }
  }

  /**
   * Folders this writer made: creating an existing folder again costs two exceptions with their
   * stack traces, for each of a thousand pages.
   */
  private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private void writeText(String path, String text) {
    write(path, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
  }

  /**
   * Renders {@code template} with {@code model} straight into the file {@code path}: no string of
   * the whole page, no UTF-8 copy of it, through this thread's {@link Utf8Sink}.
   */
  private void writeRendered(String path, String template, Object model) {
    write(
        path,
        file -> {
          try (java.io.OutputStream out = Files.newOutputStream(file)) {
            Utf8Sink sink = SINK.get().to(out);
            templates.render(template, model, sink);
            sink.finish();
          } catch (com.github.mustachejava.MustacheException | java.io.UncheckedIOException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof IOException)) {
              cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
              throw io;
            }
            throw e;
          }
        });
  }

  /** Each thread's page encoder: see {@link Utf8Sink}. */
  private static final ThreadLocal<Utf8Sink> SINK = ThreadLocal.withInitial(Utf8Sink::new);

  private interface FileWrite {
    void to(Path file) throws IOException;
  }

  private void write(String path, FileWrite content) {
    try {
      Path target = out.resolve(path);
      // The preview's rewrites (atomic) come later, when a folder may have gone: they check.
      if (atomic || !folders.contains(target.getParent())) {
        Files.createDirectories(target.getParent());
        folders.add(target.getParent());
      }
      if (atomic) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        content.to(partial);
        Files.move(
            partial,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      content.to(target);
    } catch (IOException e) {
      throw CourseException.input(out.resolve(path) + ": cannot write: " + e.getMessage(), e);
    }
  }
}
