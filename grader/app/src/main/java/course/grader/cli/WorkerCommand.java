package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.CourseException;
import course.grader.server.GradingServer;
import course.grader.server.GradingWorker;
import course.grader.service.GradingService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course worker}: grades queued submissions from a shared gradebook, on any machine. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Grade queued submissions from the gradebook (a server's queue, or 'course grade --queue'),"
            + " on this machine, until stopped.",
    footer = {
      "",
      "Run it on as many machines as grade, each with the same course folder: a worker takes",
      "a job under a lease it renews while grading and stores the grade in the transaction",
      "that ends the lease. A worker that dies loses its jobs to others when the lease runs",
      "out; a job queued against other exercise files than this folder's is left for a",
      "worker that has them, and said so. Ctrl-C puts the jobs being graded back in the queue.",
      "",
      "Examples:",
      "  course worker --db postgresql://grader@db.example.org/course",
      "  course worker --db postgresql://grader@db.example.org/course --jobs 8"
    })
final class WorkerCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Submissions graded at once. Default: the number of CPU cores.")
  Integer jobs;

  @Option(
      names = "--lease",
      paramLabel = "SECONDS",
      description =
          "A taken job stays this worker's this long without a renewal (renewed every third of"
              + " it). Default: 60.")
  int lease = 60;

  @Option(
      names = "--require-sandbox",
      description = "Refuse to start without bubblewrap (bwrap), instead of warning.")
  boolean requireSandbox;

  @Override
  public Integer call() throws InterruptedException {
    int n = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs;
    if (n < 1) {
      throw CourseException.input("--jobs " + n + ": a worker grades at least 1 at once");
    }
    if (lease < 2) {
      throw CourseException.input("--lease " + lease + ": use 2 seconds or more");
    }
    common.refuseInKit("worker");
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog = common.catalog();
    // As the server: test JVMs started ahead, so that a job does not wait for one to start.
    course.grader.judge.Judge judge =
        SandboxChoice.judge(common, requireSandbox, err).withSpareJvms(n);
    GradingService grading = new GradingService(judge, Clock.systemUTC(), GraderVersion.current());
    String host = GradingServer.hostName();
    String id =
        "worker "
            + host
            + ":"
            + ProcessHandle.current().pid()
            + ":"
            + UUID.randomUUID().toString().substring(0, 8);
    PrintWriter out = parent.console().out();
    String where = common.dbWhere();
    // Opened once now, so that a wrong --db is one error line at start, not a wait.
    common.openGradebook().close();
    GradingWorker worker =
        new GradingWorker(
            id,
            host,
            catalog,
            grading,
            GradingWorker.reopening(common::openGradebook, where, out),
            GradingWorker.Settings.of(n).withLease(Duration.ofSeconds(lease)),
            GraderVersion.current(),
            out,
            GradingWorker.Listener.NONE);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  worker.close();
                  judge.stopSpares();
                  out.println("course worker: stopped; " + worker.databaseTime());
                  out.flush();
                  stopped.countDown();
                }));
    worker.start();
    out.println(
        "course worker: grading from "
            + where
            + " as '"
            + id
            + "' with "
            + n
            + (n == 1 ? " job" : " jobs")
            + " at once; Ctrl-C puts the jobs being graded back in the queue.");
    out.flush();
    stopped.await();
    return ExitCode.OK;
  }
}
