package course.grader.cli;

import course.site.generate.SiteBuilder;
import course.site.preview.Preview;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course build}: compiles the lessons and exercises into the offline study site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Compile content/ and exercises/ into a static site that opens from disk (file://).",
      "Strict: any broken link, anchor, image or prerequisite fails the build with file:line."
    },
    footer = {
      "",
      "Examples:",
      "  course build",
      "  course build --out /tmp/course-site",
      "  course build --keep-going",
      "  course build --server https://192.168.1.10:8443",
      "  course build --watch            (preview on http://127.0.0.1, reloads on save)",
      "",
      "Exit codes: 0 built, 2 the course has problems (one line each on stderr)."
    })
final class BuildCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the site. Default: build/site in the course folder.")
  Path out;

  @Option(
      names = "--keep-going",
      description = {
        "With problems, still write the site: each broken page becomes a page listing its",
        "problems. The problems are printed and the exit code is still 2."
      })
  boolean keepGoing;

  @Option(
      names = "--watch",
      description = {
        "Build, serve the site on 127.0.0.1 only and rebuild on every save; open pages reload.",
        "Broken pages show their problems. Stop with Ctrl-C."
      })
  boolean watch;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The preview's port with --watch. Default: 8000; 0 picks a free one.")
  int port = 8000;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = {
        "The grading server students submit to, named on the home and exercise pages (as in",
        "'course kit --server'). Without it the pages say the instructor grades submissions."
      })
  String gradingServer;

  @Override
  public Integer call() throws Exception {
    Path root = common.root();
    Path target = out != null ? out : root.resolve("build").resolve("site");
    Optional<URI> server =
        gradingServer == null
            ? Optional.empty()
            : Optional.of(KitCommand.parseServer(gradingServer));
    if (watch) {
      try (Preview preview = new Preview(root, target, port, parent.console().out(), server)) {
        parent.console().out().println("Preview: " + preview.uri() + " (Ctrl-C to stop)");
        parent.console().out().flush();
        preview.run();
      }
      return ExitCode.OK;
    }
    return build(
        root, target, keepGoing, server, parent.console().out(), spec.commandLine().getErr());
  }

  /**
   * Builds the site of the course at {@code root} into {@code target} and says so on {@code
   * console}, or prints the problems on {@code err}; returns the exit code. Both command lines run
   * this: picocli's, and {@link KitFastPath}'s plain {@code course build}.
   */
  static int build(
      Path root,
      Path target,
      boolean keepGoing,
      Optional<URI> server,
      PrintWriter console,
      PrintWriter err) {
    SiteBuilder.Result result = new SiteBuilder(root, server).build(target, keepGoing);
    if (!result.ok()) {
      int code = Problems.print(err, result.problems(), "build");
      if (result.out() != null) {
        err.println("Wrote the site with each broken page as an error page: " + result.out());
        err.flush();
      }
      return code;
    }
    console.println("Built " + result.pages() + " pages into " + result.out());
    console.println("Open " + result.out().resolve("index.html").toUri());
    return ExitCode.OK;
  }
}
