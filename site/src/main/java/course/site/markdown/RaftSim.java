package course.site.markdown;

import course.site.JsonText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A {@code raft-sim} fenced block after parsing: the scenario the in-browser simulator ({@code
 * assets/raft-sim.js}) starts from. It has no children, so the search index never sees it. A
 * malformed scenario has an {@link #error()} (with the 0-based line in the body) for the strict
 * build instead.
 */
public final class RaftSim extends CustomBlock {
  private final Scenario scenario;
  private final String error;
  private final int errorLine;

  RaftSim(Scenario scenario) {
    this.scenario = scenario;
    this.error = null;
    this.errorLine = 0;
  }

  RaftSim(String error, int errorLine) {
    this.scenario = null;
    this.error = error;
    this.errorLine = errorLine;
  }

  /** The validated scenario; empty when the block is malformed. */
  public Optional<Scenario> scenario() {
    return Optional.ofNullable(scenario);
  }

  /** What is wrong with the scenario YAML, if anything. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The 0-based body line of the error. */
  public int errorLine() {
    return errorLine;
  }

  /**
   * A validated scenario; times in virtual milliseconds.
   *
   * @param servers cluster size, named S1..Sn
   * @param seed seeds the simulator's random numbers (timeouts and message delays)
   * @param title shown as the figure caption; may be null
   * @param electionTimeout the range election timeouts are drawn from, {min, max}
   * @param heartbeat the leader's heartbeat interval
   * @param delay the range one-way message delays are drawn from, {min, max}
   * @param script timed events, in the order written
   */
  public record Scenario(
      int servers,
      long seed,
      String title,
      int[] electionTimeout,
      int heartbeat,
      int[] delay,
      List<Event> script) {

    /** The scenario as the JSON object {@code raft-sim.js} reads from {@code data-scenario}. */
    public String toJson() {
      StringBuilder json = new StringBuilder("{");
      json.append("\"servers\":").append(servers);
      json.append(",\"seed\":").append(seed);
      if (title != null) {
        json.append(",\"title\":");
        JsonText.string(json, title);
      }
      json.append(",\"election_timeout\":[")
          .append(electionTimeout[0])
          .append(',')
          .append(electionTimeout[1])
          .append(']');
      json.append(",\"heartbeat\":").append(heartbeat);
      json.append(",\"delay\":[").append(delay[0]).append(',').append(delay[1]).append(']');
      json.append(",\"script\":[");
      for (int i = 0; i < script.size(); i++) {
        Event e = script.get(i);
        json.append(i == 0 ? "" : ",").append("{\"at\":").append(e.at()).append(",\"");
        json.append(e.action().name().toLowerCase(Locale.ROOT)).append("\":");
        if (e.action() == Action.CUT || e.action() == Action.HEAL) {
          if (e.args().isEmpty()) {
            json.append("\"all\"");
          } else {
            json.append('[');
            JsonText.string(json, e.args().get(0)).append(',');
            JsonText.string(json, e.args().get(1)).append(']');
          }
        } else {
          JsonText.string(json, e.args().get(0));
        }
        json.append('}');
      }
      return json.append("]}").toString();
    }

    /** One sentence per event, for the static text shown without JavaScript. */
    public String describe() {
      StringBuilder text =
          new StringBuilder(servers + " servers (S1 to S" + servers + "), seed " + seed + ".");
      for (Event e : script) {
        text.append(" At ").append(e.at()).append(" ms ").append(e.describe()).append('.');
      }
      return text.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Scenario s && toJson().equals(s.toJson());
    }

    @Override
    public int hashCode() {
      return toJson().hashCode();
    }

    @Override
    public String toString() {
      return toJson();
    }
  }

  /** What a script event does. */
  public enum Action {
    STOP,
    RESTART,
    REQUEST,
    CUT,
    HEAL,
    ISOLATE
  }

  /**
   * One timed script event.
   *
   * @param at virtual time in ms
   * @param action what happens
   * @param args a server (stop, restart, isolate), the command (request), two servers or none for
   *     all links (cut, heal)
   */
  public record Event(int at, Action action, List<String> args) {
    String describe() {
      return switch (action) {
        case STOP -> args.get(0) + " stops";
        case RESTART -> args.get(0) + " restarts";
        case REQUEST -> "a client sends " + args.get(0);
        case ISOLATE -> args.get(0) + " is cut off from every other server";
        case CUT ->
            args.isEmpty()
                ? "every link is cut"
                : "the link between " + args.get(0) + " and " + args.get(1) + " is cut";
        case HEAL ->
            args.isEmpty()
                ? "every link is healed"
                : "the link between " + args.get(0) + " and " + args.get(1) + " is healed";
      };
    }
  }
}
