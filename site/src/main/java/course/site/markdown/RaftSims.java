package course.site.markdown;

import course.site.markdown.RaftSim.Action;
import course.site.markdown.RaftSim.Event;
import course.site.markdown.RaftSim.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The Raft simulator: a {@code raft-sim} fenced block holds a YAML scenario (servers, seed, title,
 * timing, a script of timed events), validated at build time into a {@link RaftSim} and rendered as
 * {@code <figure class="raft-sim" data-scenario="{json}">} with its controls hidden until {@code
 * assets/raft-sim.js} starts, and a static description for readers without JavaScript.
 */
public final class RaftSims implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  static final int MAX_SERVERS = 9;
  private static final int MAX_TIME = 3_600_000;
  private static final String KEYS =
      "servers, seed, title, script, election_timeout, heartbeat, delay";
  private static final String EVENT_KEYS = "at, stop, restart, request, cut, heal, isolate";

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new Finder());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(Renderer::new);
  }

  private static final class Finder implements PostProcessor {
    @Override
    public Node process(Node document) {
      FencedBlocks.replace(
          document,
          "raft-sim",
          (yaml, firstLine) -> new RaftSim(new ScenarioReader(firstLine).read(yaml)),
          RaftSim::new);
      return document;
    }
  }

  /** Reads one scenario; every problem is a {@link FenceProblem} with its 0-based body line. */
  private static final class ScenarioReader {
    private final int firstLine;

    ScenarioReader(int firstLine) {
      this.firstLine = firstLine;
    }

    Scenario read(String yaml) {
      org.snakeyaml.engine.v2.nodes.Node root;
      try {
        root =
            new Compose(LoadSettings.builder().setLabel("raft-sim").build())
                .composeString(yaml)
                .orElse(null);
      } catch (MarkedYamlEngineException e) {
        int line = e.getContextMark().or(e::getProblemMark).map(m -> m.getLine()).orElse(0);
        throw new FenceProblem(
            "malformed raft-sim YAML: " + e.getProblem().replaceAll("\\s+", " ").strip(),
            firstLine + line);
      } catch (YamlEngineException e) {
        throw new FenceProblem("malformed raft-sim YAML: " + e.getMessage(), firstLine);
      }
      if (root == null) {
        root = new MappingNode(Tag.MAP, List.of(), FlowStyle.AUTO); // empty: every default
      }
      if (!(root instanceof MappingNode map)) {
        throw new FenceProblem(
            "a raft-sim block is a YAML map such as 'servers: 5' and 'seed: 7'; see"
                + " site/README.md",
            at(root));
      }
      int servers = 5;
      long seed = 1;
      String title = null;
      int[] electionTimeout = {150, 300};
      int heartbeat = 50;
      int[] delay = {10, 30};
      SequenceNode script = null;
      int heartbeatLine = firstLine;
      int timeoutLine = firstLine;
      Set<String> seen = new HashSet<>();
      for (NodeTuple tuple : map.getValue()) {
        String key = key(tuple, seen);
        var value = tuple.getValueNode();
        int line = at(tuple.getKeyNode());
        switch (key) {
          case "servers" -> servers = number(value, key, 1, MAX_SERVERS, line);
          case "seed" -> seed = seed(value, line);
          case "title" -> title = text(value, key, line);
          case "heartbeat" -> {
            heartbeat = number(value, key, 1, MAX_TIME, line);
            heartbeatLine = line;
          }
          case "election_timeout" -> {
            electionTimeout = range(value, key, line);
            timeoutLine = line;
          }
          case "delay" -> delay = range(value, key, line);
          case "script" -> {
            if (!(value instanceof SequenceNode seq)) {
              throw new FenceProblem(
                  "'script' must be a list of events such as '- {at: 1200, stop: S1}'", line);
            }
            script = seq;
          }
          default ->
              throw new FenceProblem("unknown raft-sim key '" + key + "'; known: " + KEYS, line);
        }
      }
      if (heartbeat >= electionTimeout[0]) {
        throw new FenceProblem(
            "'heartbeat' ("
                + heartbeat
                + " ms) must be shorter than the smallest election timeout ("
                + electionTimeout[0]
                + " ms), or followers would keep starting elections",
            Math.max(heartbeatLine, timeoutLine));
      }
      List<Event> events = new ArrayList<>();
      if (script != null) {
        for (var item : script.getValue()) {
          events.add(event(item, servers));
        }
      }
      return new Scenario(
          servers, seed, title, electionTimeout, heartbeat, delay, List.copyOf(events));
    }

    private Event event(org.snakeyaml.engine.v2.nodes.Node item, int servers) {
      int line = at(item);
      if (!(item instanceof MappingNode map)) {
        throw new FenceProblem(
            "each script event is a map with 'at' and one action, such as {at: 1200, stop: S1}",
            line);
      }
      Integer time = null;
      Action action = null;
      List<String> args = List.of();
      Set<String> seen = new HashSet<>();
      for (NodeTuple tuple : map.getValue()) {
        String key = key(tuple, seen);
        var value = tuple.getValueNode();
        int keyLine = at(tuple.getKeyNode());
        if (key.equals("at")) {
          time = number(value, "at", 0, MAX_TIME, keyLine);
          continue;
        }
        Action a;
        try {
          a = Action.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new FenceProblem(
              "unknown raft-sim event key '" + key + "'; known: " + EVENT_KEYS, keyLine);
        }
        if (action != null) {
          throw new FenceProblem(
              "an event does one thing; split '"
                  + action.name().toLowerCase(Locale.ROOT)
                  + "' and '"
                  + key
                  + "' into two events",
              keyLine);
        }
        action = a;
        args =
            switch (a) {
              case STOP, RESTART, ISOLATE -> List.of(server(value, key, servers, keyLine));
              case REQUEST -> List.of(text(value, key, keyLine));
              case CUT, HEAL -> link(value, key, servers, keyLine);
            };
      }
      if (time == null) {
        throw new FenceProblem("the event has no 'at' (its virtual time in ms)", line);
      }
      if (action == null) {
        throw new FenceProblem(
            "the event has no action; add one of: " + EVENT_KEYS.substring(4), line);
      }
      return new Event(time, action, args);
    }

    private List<String> link(
        org.snakeyaml.engine.v2.nodes.Node value, String key, int servers, int line) {
      if (value instanceof ScalarNode s && s.getValue().equals("all")) {
        return List.of();
      }
      if (value instanceof SequenceNode seq && seq.getValue().size() == 2) {
        String a = server(seq.getValue().get(0), key, servers, line);
        String b = server(seq.getValue().get(1), key, servers, line);
        if (!a.equals(b)) {
          return List.of(a, b);
        }
      }
      throw new FenceProblem(
          "'" + key + "' must be two different servers, such as [S1, S2], or all", line);
    }

    private static String server(
        org.snakeyaml.engine.v2.nodes.Node value, String key, int servers, int line) {
      if (value instanceof ScalarNode s && s.getValue().matches("S[1-9]")) {
        int n = s.getValue().charAt(1) - '0';
        if (n <= servers) {
          return s.getValue();
        }
      }
      throw new FenceProblem(
          "'" + key + "' names a server from S1 to S" + servers + ", not '" + show(value) + "'",
          line);
    }

    private int[] range(org.snakeyaml.engine.v2.nodes.Node value, String key, int line) {
      if (value instanceof SequenceNode seq && seq.getValue().size() == 2) {
        int min = number(seq.getValue().get(0), key, 1, MAX_TIME, line);
        int max = number(seq.getValue().get(1), key, 1, MAX_TIME, line);
        if (min <= max) {
          return new int[] {min, max};
        }
      }
      throw new FenceProblem(
          "'" + key + "' must be [min, max] in milliseconds, such as [150, 300], with min <= max",
          line);
    }

    private static int number(
        org.snakeyaml.engine.v2.nodes.Node value, String key, int min, int max, int line) {
      if (value instanceof ScalarNode s && s.getValue().strip().matches("\\d{1,9}")) {
        int n = Integer.parseInt(s.getValue().strip());
        if (n >= min && n <= max) {
          return n;
        }
      }
      throw new FenceProblem(
          "'"
              + key
              + "' must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + show(value)
              + "'",
          line);
    }

    private static long seed(org.snakeyaml.engine.v2.nodes.Node value, int line) {
      if (value instanceof ScalarNode s && s.getValue().strip().matches("\\d{1,10}")) {
        long n = Long.parseLong(s.getValue().strip());
        if (n <= 0xFFFF_FFFFL) {
          return n;
        }
      }
      throw new FenceProblem(
          "'seed' must be a whole number from 0 to 4294967295, not '" + show(value) + "'", line);
    }

    private static String text(org.snakeyaml.engine.v2.nodes.Node value, String key, int line) {
      if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
        return s.getValue().strip();
      }
      throw new FenceProblem("'" + key + "' must be text", line);
    }

    private String key(NodeTuple tuple, Set<String> seen) {
      int line = at(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode s)) {
        throw new FenceProblem("raft-sim keys are plain words", line);
      }
      if (!seen.add(s.getValue())) {
        throw new FenceProblem("'" + s.getValue() + "' appears twice", line);
      }
      return s.getValue();
    }

    private static String show(org.snakeyaml.engine.v2.nodes.Node value) {
      return value instanceof ScalarNode s ? s.getValue() : "(a list or map)";
    }

    private int at(org.snakeyaml.engine.v2.nodes.Node node) {
      return firstLine + node.getStartMark().map(m -> m.getLine()).orElse(0);
    }
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(RaftSim.class);
    }

    @Override
    public void render(Node node) {
      RaftSim sim = (RaftSim) node;
      if (sim.scenario().isEmpty()) {
        return; // the strict build has already failed on it
      }
      Scenario scenario = sim.scenario().get();
      var html = context.getWriter();
      html.line();
      html.tag("figure", Attrs.of("class", "raft-sim", "data-scenario", scenario.toJson()));
      html.line();
      html.tag("figcaption");
      html.text("Raft simulator" + (scenario.title() == null ? "" : ": " + scenario.title()));
      html.tag("/figcaption");
      html.line();
      html.tag(
          "div",
          Attrs.of(
              "class",
              "raft-sim-controls",
              "role",
              "group",
              "aria-label",
              "Simulator controls",
              "hidden",
              ""));
      button("raft-sim-play", "Play", "aria-pressed", "false");
      button("raft-sim-step", "Step", "title", "Run the next event");
      html.tag("label", Attrs.of("class", "raft-sim-speed"));
      html.text("Speed ");
      html.tag("select");
      String[][] speeds = {{"0.05", "1/20"}, {"0.1", "1/10"}, {"0.25", "1/4"}, {"1", "1"}};
      for (String[] speed : speeds) {
        html.tag(
            "option",
            speed[0].equals("0.1")
                ? Attrs.of("value", speed[0], "selected", "")
                : Attrs.of("value", speed[0]));
        html.text(speed[1] + "×");
        html.tag("/option");
      }
      html.tag("/select");
      html.tag("/label");
      button("raft-sim-reset", "Reset", "title", "Start the scenario again");
      button("raft-sim-request", "Client request", "title", "Send a command to the leader");
      html.tag("output", Attrs.of("class", "raft-sim-clock", "aria-label", "Virtual time"));
      html.text("0 ms");
      html.tag("/output");
      html.tag("/div");
      html.line();
      html.tag("div", Attrs.of("class", "raft-sim-stage", "hidden", ""));
      html.tag("/div");
      html.line();
      html.tag("p", Attrs.of("class", "raft-sim-status", "role", "status", "aria-live", "polite"));
      html.tag("/p");
      html.line();
      html.tag("p", Attrs.of("class", "raft-sim-static"));
      html.text(
          "An interactive Raft simulator runs here when JavaScript is on. Scenario: "
              + scenario.describe());
      html.tag("/p");
      html.line();
      html.tag("/figure");
      html.line();
    }

    private void button(String cls, String label, String... attrs) {
      var html = context.getWriter();
      String[] all = new String[4 + attrs.length];
      all[0] = "type";
      all[1] = "button";
      all[2] = "class";
      all[3] = cls;
      System.arraycopy(attrs, 0, all, 4, attrs.length);
      html.tag("button", Attrs.of(all));
      html.text(label);
      html.tag("/button");
    }
  }
}
