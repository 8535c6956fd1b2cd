package course.site.templates;

import java.util.List;

/**
 * What the templates show. Plain values: every text is HTML-escaped by the template; only fields
 * named {@code ...Html} hold HTML, rendered by the build from Markdown.
 */
public final class Views {
  private Views() {}

  /** A link with its text. */
  public record Link(String title, String href) {}

  /** One sidebar entry; {@code current} marks the page being shown. */
  public record NavItem(String title, String href, boolean current) {}

  /**
   * One sidebar group: a part (with its own page) or the exercises. {@code folded} groups show as a
   * {@code <details>}, open when they hold the current page.
   */
  public record NavGroup(
      String title, String href, boolean current, boolean folded, List<NavItem> items) {
    /** Whether the group holds the page being shown. */
    public boolean open() {
      return items.stream().anyMatch(NavItem::current);
    }
  }

  /**
   * A whole page: the skeleton around an article.
   *
   * @param root the relative path to the site root ({@code ../../} or empty)
   * @param path the page's own path from the site root
   * @param navHtml the sidebar's groups, each rendered by {@code navgroup.mustache}
   * @param navScript whether {@code navHtml} holds only the page's own group and {@code
   *     assets/sidebar.js} the whole sidebar, which site.js puts in its place
   * @param articleHtml the article, rendered by an inner template
   */
  public record Page(
      String title,
      String courseTitle,
      String root,
      String path,
      String navHtml,
      boolean navScript,
      List<Link> crumbs,
      Link prev,
      Link next,
      String articleHtml) {}

  /** A lesson in the course map or a part page. */
  public record LessonEntry(String title, String href, String summary, List<Link> prerequisites) {}

  /** An exercise in the course map. */
  public record ExerciseEntry(String title, String href, String difficulty, Link lesson) {}

  /** A part in the course map (and on its own page), with the exercises of its lessons. */
  public record PartEntry(
      String title,
      String href,
      String introHtml,
      List<LessonEntry> lessons,
      List<ExerciseEntry> exercises) {}

  /**
   * The home page's article.
   *
   * @param gradingServer the course's grading server, or null when the instructor grades
   */
  public record Home(
      String courseTitle,
      String introHtml,
      List<PartEntry> parts,
      List<ExerciseEntry> exercises,
      String gradingServer) {}

  /**
   * A lesson's article.
   *
   * @param replayHref the "Replay a lab run" page when the lesson has a simulator, else null
   */
  public record Lesson(
      String title,
      String summary,
      List<Link> prerequisites,
      String bodyHtml,
      List<SourceEntry> sources,
      String replayHref) {}

  /** One entry of a lesson's Sources section; {@code url} may be null. */
  public record SourceEntry(String title, String url) {}

  /** A downloadable file. */
  public record Download(String name, String href) {}

  /** A command with a copy button. */
  public record Command(String text) {}

  /**
   * An exercise page's article.
   *
   * @param gradingServer the course's grading server, or null when the instructor grades
   * @param replayHref the "Replay a lab run" page when the tests print a scenario, else null
   */
  public record Exercise(
      String title,
      String slug,
      String difficulty,
      Link lesson,
      String statementHtml,
      List<Download> starter,
      List<Download> tests,
      Download zip,
      List<String> unzipped,
      List<Command> commands,
      String gradingServer,
      String replayHref) {}

  /** The single-page edition's article: every page's article in order. */
  public record Edition(String courseTitle, List<Section> sections) {}

  /** One page inside the single-page edition. */
  public record Section(String id, String articleHtml) {}

  /**
   * The "Replay a lab run" page.
   *
   * @param figureHtml the simulator figure the page's script fills with a pasted scenario
   * @param labs the exercises whose replays print a scenario
   */
  public record Replay(String figureHtml, List<Link> labs) {}

  /** The "what changed when" page: version tags grouped by release. */
  public record Changes(List<Release> releases) {}

  /** One release and the claims tagged with it. */
  public record Release(String id, String label, List<Change> changes) {}

  /** One tagged claim: its badge, its text and where it is. */
  public record Change(String badge, String text, String href, String where) {}
}
