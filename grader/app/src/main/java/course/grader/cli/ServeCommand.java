package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.grader.gradebook.Gradebook;
import course.grader.server.GradingServer;
import course.grader.server.ServerIdentity;
import course.grader.service.GradingService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course serve}: the grading server of a class network. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Run the grading server: students' kits submit over HTTPS, submissions are graded here and"
            + " recorded in the gradebook.",
    footer = {
      "",
      "The certificate is made on first start and kept beside the gradebook",
      "(server-identity.p12); 'course kit' pins its fingerprint. Accepted submissions are queued",
      "in the gradebook before grading, so a stopped server grades them when it starts again.",
      "Every other command (gradebook, history, regrade, similarity) works on the same",
      "gradebook while it runs.",
      "",
      "Examples:",
      "  course serve",
      "  course serve --port 9443 --jobs 4",
      "  course serve --jobs 0        (workers on other machines grade)"
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @Mixin PolicyOptions policy;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description = "Listen on this address. Default: 0.0.0.0 (every interface).")
  String bind = "0.0.0.0";

  @Option(names = "--port", paramLabel = "N", description = "Listen on this port. Default: 8443.")
  int port = 8443;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Submissions graded at once here. Default: the number of CPU cores. 0: grade nothing"
              + " here, only accept and answer ('course worker' processes grade).")
  Integer jobs;

  @Option(
      names = "--max-queue",
      paramLabel = "N",
      description = "Submissions waiting at most; more get 503 (try again). Default: 200.")
  int maxQueue = 200;

  @Option(
      names = "--per-student",
      paramLabel = "N",
      description = "Submissions one student may have waiting (one grading). Default: 4.")
  int perStudent = 4;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      description = "Close a connection idle this long (slow or half-open clients). Default: 10.")
  int readTimeout = 10;

  @Option(
      names = "--insecure-http",
      description = "Plain HTTP, no TLS: tokens and code travel readable by anyone on the network.")
  boolean insecureHttp;

  @Option(
      names = "--require-sandbox",
      description = "Refuse to start without bubblewrap (bwrap), instead of warning.")
  boolean requireSandbox;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw CourseException.input("--port " + port + ": not a port; use 1-65535 (or 0: any free)");
    }
    if (jobs != null && jobs < 0) {
      throw CourseException.input("--jobs " + jobs + ": use 0 (workers grade) or more");
    }
    if (maxQueue < 1 || perStudent < 1 || readTimeout < 1) {
      throw CourseException.input(
          "--max-queue, --per-student and --read-timeout must be at least 1");
    }
    policy.policy(common);
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog = common.catalog();
    if (CourseConfig.read(common.root()).kit()) {
      throw CourseException.input(
          "this is a student kit (course.yaml names a server); run 'course serve' in the"
              + " instructor's course folder");
    }
    Optional<ServerIdentity> identity =
        insecureHttp
            ? Optional.empty()
            : Optional.of(ServerIdentity.loadOrCreate(common.identityFolder()));
    GradingServer.Settings settings =
        GradingServer.Settings.defaults()
            .withBind(bind, port)
            .withLimits(perStudent, maxQueue, Duration.ofSeconds(readTimeout));
    if (jobs != null) {
      settings = settings.withJobs(jobs);
    }
    // Test JVMs started ahead (one per exercise, at most one per worker), so that a submission
    // does not wait for one to start; none when workers elsewhere grade (--jobs 0).
    course.grader.judge.Judge sandboxed = SandboxChoice.judge(common, requireSandbox, err);
    course.grader.judge.Judge judge =
        settings.jobs() > 0 ? sandboxed.withSpareJvms(settings.jobs()) : sandboxed;
    GradingService grading = new GradingService(judge, Clock.systemUTC(), GraderVersion.current());
    course.grader.policy.Policy coursePolicy = PolicyOptions.ofCourse(common);
    java.util.Map<String, course.catalog.Feedback> feedback = HistoryCommand.feedback(common);
    Gradebook gradebook = common.openGradebook();
    GradingServer server =
        new GradingServer(
            catalog,
            grading,
            gradebook,
            identity,
            settings,
            (student, exercise) ->
                HistoryCommand.rows(
                    gradebook,
                    policy.sheet(gradebook, common, student),
                    student,
                    exercise,
                    feedback),
            (student, exercise, submittedAt) -> {
              course.grader.policy.Lateness late =
                  coursePolicy
                      .late()
                      .assess(submittedAt, SubmitCommand.deadline(gradebook, exercise, student));
              java.util.Map<String, Object> extra = SubmitCommand.latenessFields(late);
              SubmitCommand.lateLine(late, coursePolicy).ifPresent(l -> extra.put("late_line", l));
              return extra;
            },
            GraderVersion.current(),
            err);
    int listening;
    try {
      listening = server.start();
    } catch (RuntimeException e) {
      judge.stopSpares();
      gradebook.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  judge.stopSpares();
                  gradebook.close();
                }));
    if (insecureHttp) {
      err.println(
          "course: WARNING: --insecure-http: no TLS; tokens and code travel readable by anyone on"
              + " this network. Use it only on a network you control.");
    }
    var out = parent.console().out();
    out.println(
        "course serve: grading "
            + catalog.exercises().size()
            + " exercises at "
            + (insecureHttp ? "http" : "https")
            + "://"
            + bind
            + ":"
            + listening
            + (settings.jobs() == 0
                ? " (grading left to 'course worker' processes)"
                : " with " + settings.jobs() + (settings.jobs() == 1 ? " worker" : " workers"))
            + "; gradebook "
            + common.dbWhere());
    identity.ifPresent(
        id -> out.println("certificate SHA-256 " + id.fingerprint() + " (course kit pins it)"));
    out.println("Ctrl-C stops; submissions still queued are graded at the next start.");
    out.flush();
    err.flush();
    server.join();
    return ExitCode.OK;
  }
}
