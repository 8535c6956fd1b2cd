package course.grader.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point: the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
    // A kit's plain submit and history start without picocli; anything else goes through it.
    java.util.OptionalInt fast = KitFastPath.run(out, err, color, args);
    int code = fast.isPresent() ? fast.getAsInt() : new Cli(color).run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
