import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic course of PARTS x LESSONS lessons of realistic size under DIR/content:
 * front matter as the real course's lessons have it (title, summary, tags, a prerequisite, a
 * source), headings, paragraphs with inline code, Java code blocks, tables, admonitions, quizzes
 * and links to other lessons (some with anchors). Deterministic (fixed seed). Run as a single-file program:
 * {@code java GenerateCourse.java DIR [PARTS] [LESSONS]}.
 */
public class GenerateCourse {
  static final String[] WORDS = (
      "leader follower candidate term vote log entry commit index replica broker partition topic "
          + "quorum majority election timeout heartbeat snapshot state machine cluster node "
          + "request response message network failure recovery durable write read offset "
          + "consumer producer controller metadata record batch segment checkpoint array count "
          + "height sort order element value student line position compare safety liveness "
          + "the a of to and in is that it for on with as by this are be from or an").split(" ");
  static final String[] CODE = {
    "AppendEntries", "RequestVote", "InstallSnapshot", "commitIndex", "lastApplied", "nextIndex",
    "matchIndex", "min.insync.replicas", "acks=all", "__cluster_metadata", "heights[i]",
    "heightChecker", "KafkaRaftClient", "log.retention.ms", "currentTerm", "votedFor"
  };

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int parts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int lessons = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Random random = new Random(42);
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(
        dir.resolve("content/index.md"),
        "---\ntitle: Benchmark course\n---\n\n# Benchmark course\n\n" + paragraph(random, 60));
    for (int p = 1; p <= parts; p++) {
      String part = String.format("part%02d", p);
      Path folder = Files.createDirectories(dir.resolve("content").resolve(part));
      Files.writeString(
          folder.resolve("index.md"),
          "---\ntitle: Part " + p + "\norder: " + p + "\n---\n\n" + paragraph(random, 40));
      for (int l = 1; l <= lessons; l++) {
        Files.writeString(folder.resolve(stem(l) + ".md"), lesson(random, p, l, parts, lessons));
      }
    }
  }

  static String stem(int l) {
    return String.format("%03d-topic-%d", l, l);
  }

  static String lesson(Random r, int p, int l, int parts, int lessons) {
    StringBuilder md = new StringBuilder();
    md.append("---\ntitle: \"Lesson ").append(p).append('.').append(l).append(' ')
        .append(word(r)).append(' ').append(code(r)).append("\"\nsummary: \"")
        .append(sentence(r, 12)).append("\"\n");
    // The rest of the front matter as the real course's lessons have it (no random draws, so the
    // text below is the same as before these lines were added).
    md.append("tags: [part-").append(p).append(", topic-").append(l % 7).append("]\n");
    if (l > 1) {
      md.append("prerequisites: [").append(String.format("part%02d", p)).append('/')
          .append(stem(l - 1)).append("]\n");
    }
    md.append("sources:\n  - {title: \"In Search of an Understandable Consensus Algorithm,")
        .append(" section ").append(1 + l % 9).append("\", url: \"https://raft.github.io/raft.pdf\"}\n")
        .append("---\n\n");
    md.append("# Lesson ").append(p).append('.').append(l).append("\n\n");
    md.append(paragraph(r, 80)).append("\n\n");
    for (int s = 1; s <= 4; s++) {
      md.append("## Section ").append(s).append("\n\n");
      md.append(paragraph(r, 90)).append("\n\n");
      if (s == 2) {
        md.append("```java\nclass Node").append(l).append(" {\n");
        for (int i = 0; i < 8; i++) {
          md.append("    long ").append(word(r)).append(i).append(" = ").append(r.nextInt(100))
              .append("; // ").append(sentence(r, 6)).append('\n');
        }
        md.append("    boolean ").append(code(r).replaceAll("[^A-Za-z]", ""))
            .append("(int[] heights) { return heights.length > 0; }\n}\n```\n\n");
      }
      if (s == 3) {
        md.append("| Name | Meaning | Default |\n|---|---|---|\n");
        for (int i = 0; i < 5; i++) {
          md.append("| `").append(code(r)).append("` | ").append(sentence(r, 7)).append(" | ")
              .append(r.nextInt(1000)).append(" |\n");
        }
        md.append("\n> [!NOTE]\n> ").append(sentence(r, 20)).append("\n\n");
      }
    }
    if (l > 1) {
      md.append("Previous: [lesson ").append(l - 1).append("](").append(stem(l - 1))
          .append(".md#section-1).\n\n");
    }
    int other = 1 + r.nextInt(parts);
    md.append("See also [part ").append(other).append("](../").append(String.format("part%02d", other))
        .append('/').append(stem(1 + r.nextInt(lessons))).append(".md).\n");
    return md.toString();
  }

  /** A long tail of 20,000 made-up words (skewed towards the first) for a realistic vocabulary. */
  static final String[] RARE = new String[20_000];

  static {
    String[] syllables = "ka ro mi te su la no vi de pa ri go ne to ma li be sa".split(" ");
    Random r = new Random(7);
    for (int i = 0; i < RARE.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = 2 + r.nextInt(3); n > 0; n--) {
        w.append(syllables[r.nextInt(syllables.length)]);
      }
      RARE[i] = w.toString();
    }
  }

  static String word(Random r) {
    if (r.nextInt(3) == 0) {
      return RARE[(int) (Math.pow(r.nextDouble(), 3) * RARE.length)];
    }
    return WORDS[r.nextInt(WORDS.length)];
  }

  static String code(Random r) {
    return CODE[r.nextInt(CODE.length)];
  }

  static String sentence(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ");
      s.append(r.nextInt(12) == 0 ? "`" + code(r) + "`" : word(r));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  static String paragraph(Random r, int words) {
    StringBuilder p = new StringBuilder();
    while (words > 0) {
      int n = Math.min(words, 8 + r.nextInt(10));
      p.append(p.length() == 0 ? "" : " ").append(sentence(r, n));
      words -= n;
    }
    return p.toString();
  }
}
