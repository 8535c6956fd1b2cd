package course.grader.cli;

import course.catalog.CourseException;
import course.grader.kit.StudentKit;
import course.grader.server.ServerIdentity;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code course kit}: writes the student kit, the folder and zip a student unpacks on his own
 * machine (see {@link StudentKit} for what it holds and how to hand it out).
 */
@Command(
    name = "kit",
    mixinStandardHelpOptions = true,
    description = {
      "Write the student kit: the site, each exercise's statement, starter/ and tests/ (with a",
      "pom.xml: a Maven project an IDE opens, offline, from the kit's maven-repo/), the",
      "prebuilt tool and a course.yaml naming the grading server and its certificate's",
      "fingerprint. Never hidden/, solution/, wrong/ or the gradebook. Hand out the zip;",
      "students unpack it and run ./course login, then ./course submit <exercise> <files>."
    },
    footer = {
      "",
      "Examples:",
      "  course kit --server https://192.168.1.10:8443",
      "  course kit --out /media/usb --server https://192.168.1.10:8443 --db /srv/class/gradebook.db",
      "",
      "The fingerprint is that of the server identity beside the gradebook (--db), made there",
      "first if there is none; 'course serve' with the same --db uses the same identity.",
      "",
      "Exit codes: 0 written, 2 a usage error or the course has problems (nothing written)."
    })
final class KitCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write <course>-kit/ and <course>-kit.zip. Default: kit/ in the course.")
  Path out;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = {
        "The grading server students submit to, e.g. https://192.168.1.10:8443 (http:// only",
        "for a server run with --insecure-http). Without it, the kit can only run the visible tests."
      })
  String server;

  @Override
  public Integer call() {
    Path root = common.root();
    Optional<URI> uri = server == null ? Optional.empty() : Optional.of(parseServer(server));
    PrintWriter err = spec.commandLine().getErr();
    StudentKit.Tool tool = StudentKit.runningTool();
    tool.stale().ifPresent(warning -> err.println("course: warning: " + warning));
    Optional<StudentKit.Server> target =
        uri.map(
            u -> {
              Path identityFolder = common.identityFolder();
              String fingerprint = ServerIdentity.loadOrCreate(identityFolder).fingerprint();
              return new StudentKit.Server(u, fingerprint, u.getScheme().equals("http"));
            });
    StudentKit kit = new StudentKit(root, tool);
    StudentKit.Result result = kit.write(out != null ? out : StudentKit.defaultOut(root), target);
    if (!result.ok()) {
      return Problems.print(err, result.problems(), "kit");
    }
    // The kit reads its course.yaml with the same rules as every command: prove it does.
    CourseConfig.read(result.folder());
    if (uri.isEmpty()) {
      err.println(
          "course: warning: no --server, so 'course submit' will not work in this kit (only"
              + " 'course test'); write it again with --server https://<this machine>:<port>");
    } else if (uri.get().getScheme().equals("http")) {
      err.println(
          "course: warning: the kit submits over plain HTTP: tokens and code cross the network"
              + " readable by anyone on it");
    }
    err.flush();
    PrintWriter console = parent.console().out();
    console.println(
        "Wrote the student kit of " + result.exercises() + " exercises: " + result.folder());
    console.println("Hand out " + result.zip());
    target.ifPresent(
        s -> console.println("It submits to " + s.uri() + ", certificate " + s.fingerprint()));
    return ExitCode.OK;
  }

  /** An absolute http(s) URL with a host, as course.yaml's {@code server:} accepts it. */
  static URI parseServer(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() != null
          && (scheme.equals("https") || scheme.equals("http"))
          && uri.getUserInfo() == null
          && uri.getQuery() == null
          && uri.getFragment() == null) {
        return new URI(scheme + uri.toString().substring(scheme.length()));
      }
    } catch (URISyntaxException e) {
      // Reported below.
    }
    throw CourseException.input(
        "--server "
            + text
            + ": not an http(s) URL with a host; write it like https://192.168.1.10:8443");
  }
}
