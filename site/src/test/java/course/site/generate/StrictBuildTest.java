package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import course.catalog.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strict build: one fixture per kind of error, each added to the (valid) sample course, must
 * fail the build with exactly one {@code file:line: message} naming what to fix, and write nothing.
 */
class StrictBuildTest {
  @TempDir Path tmp;

  private static final String LESSON = "content/raft/03-broken.md";

  private List<String> problems(String file, String text) throws IOException {
    return problems(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> problems(String file, byte[] bytes) throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Files.createDirectories(course.resolve(file).getParent());
    Files.write(course.resolve(file), bytes);
    Path out = tmp.resolve("site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    assertThat(out).as("nothing is written when the build fails").doesNotExist();
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theSampleCourseBuildsWithoutProblems() {
    Path course = TestCourses.copy("sample", tmp);
    assertThat(new SiteBuilder(course).check().problems()).isEmpty();
  }

  @Test
  void aBrokenInternalLinkNamesFileAndLine() throws IOException {
    assertThat(
            problems(LESSON, "---\ntitle: Broken\n---\n\nText.\n\nSee [votes](02-election.md).\n"))
        .containsExactly(
            LESSON
                + ":7: broken link '02-election.md': no such lesson or page; check the file name"
                + " (links point at the .md file)");
  }

  // ---- each message names the line of what it is about, not of its paragraph ----
  // The build parses pages recording the lines of blocks only, and a page with a problem again
  // with every node's line: these would name the paragraph's first line without the second parse.

  @Test
  void aBrokenLinkDownAParagraphNamesItsOwnLine() throws IOException {
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\n\nA paragraph that runs\nover a line, then"
                    + " <img src=\"img/nope.png\">\nand [votes](02-election.md) and {since=x}.\n"))
        .containsExactly(
            LESSON + ":6: <img src=\"img/nope.png\">: no such file; check the path",
            LESSON
                + ":7: broken link '02-election.md': no such lesson or page; check the file name"
                + " (links point at the .md file)",
            LESSON
                + ":7: malformed version tag '{since=x}': write a Kafka release such as"
                + " {since=3.7}");
  }

  @Test
  void aMissingAnchorDownAParagraphNamesItsOwnLine() throws IOException {
    // The page has no other problem: the anchors are checked after every page, and only then is
    // the page parsed again for the lines.
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\nA paragraph with [a good link](02-elections.md)\nand"
                    + " then\n[votes](02-elections.md#vote) and\n[more](#nowhere).\n"))
        .containsExactly(
            LESSON
                + ":6: missing anchor '#vote' in content/raft/02-elections.md; link to one of its"
                + " headings (ids are the heading text in lower case with '-' for spaces)",
            LESSON
                + ":7: missing anchor '#nowhere' in "
                + LESSON
                + "; link to one of its headings (ids are the heading text in lower case with '-'"
                + " for spaces)");
  }

  @Test
  void aMissingAnchorOnAPageWithAnotherProblemNamesItsOwnLine() throws IOException {
    // The broken link has the page parsed again with every node's line while it is checked; the
    // missing anchor, found after every page, takes its line from that parse.
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\nA paragraph with [a broken link](nope.md)\nand"
                    + " then\n[votes](02-elections.md#vote).\n"))
        .containsExactly(
            LESSON
                + ":4: broken link 'nope.md': no such lesson or page; check the file name"
                + " (links point at the .md file)",
            LESSON
                + ":6: missing anchor '#vote' in content/raft/02-elections.md; link to one of its"
                + " headings (ids are the heading text in lower case with '-' for spaces)");
  }

  @Test
  void aMissingAnchorNamesTheTargetFile() throws IOException {
    assertThat(problems(LESSON, "---\ntitle: Broken\n---\n[votes](02-elections.md#vote)\n"))
        .containsExactly(
            LESSON
                + ":4: missing anchor '#vote' in content/raft/02-elections.md; link to one of its"
                + " headings (ids are the heading text in lower case with '-' for spaces)");
  }

  @Test
  void aMissingAnchorOnTheSamePage() throws IOException {
    assertThat(problems(LESSON, "---\ntitle: Broken\n---\n## Start\n\n[up](#top)\n"))
        .containsExactly(
            LESSON
                + ":6: missing anchor '#top' in "
                + LESSON
                + "; link to one of its headings (ids are the heading text in lower case with '-'"
                + " for spaces)");
  }

  @Test
  void anchorsTheTemplateAddsCountOnlyWhereTheTemplateAddsThem() throws IOException {
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\n[a](01-terms-and-roles.md#sources)"
                    + " [b](../../exercises/adder/exercise.md#commands)\n\n[c](02-elections.md#sources)\n"))
        .containsExactly(
            LESSON
                + ":6: missing anchor '#sources' in content/raft/02-elections.md; link to one of its"
                + " headings (ids are the heading text in lower case with '-' for spaces)");
  }

  @Test
  void aMissingImage() throws IOException {
    assertThat(problems(LESSON, "---\ntitle: Broken\n---\n\n![Log](img/log.png)\n"))
        .containsExactly(
            LESSON
                + ":5: missing image 'img/log.png': no such file; check the path (relative to"
                + " this file)");
  }

  @Test
  void aRemoteImageIsRefusedBecauseTheSiteLoadsNothingFromTheNetwork() throws IOException {
    assertThat(problems(LESSON, "---\ntitle: Broken\n---\n![Log](https://example.org/log.png)\n"))
        .containsExactly(
            LESSON
                + ":4: remote image 'https://example.org/log.png': the site loads nothing from"
                + " the network; save the file next to the lesson and link it relatively");
  }

  @Test
  void aWebImageInAnExerciseStatementBecomesALinkWithItsAltTextAndNoProblem() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path md = course.resolve("exercises/adder/exercise.md");
    Files.writeString(
        md,
        Files.readString(md)
            + "\n![Raft log](https://example.org/log.png)\n\n![](http://example.org/x.png)\n");
    Path out = tmp.resolve("site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    assertThat(result.problems()).isEmpty();
    String page = Files.readString(out.resolve("exercises/adder/index.html"));
    assertThat(page)
        .contains("<a href=\"https://example.org/log.png\">Raft log</a>")
        .contains("<a href=\"http://example.org/x.png\">http://example.org/x.png</a>")
        .doesNotContain("<img src=\"http");
  }

  @Test
  void aLinkToASolutionIsRefusedBecauseItIsNeverPublished() throws IOException {
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\n[cheat](../../exercises/adder/solution/Adder.java)\n"))
        .containsExactly(
            LESSON
                + ":4: link '../../exercises/adder/solution/Adder.java' points at"
                + " exercises/adder/solution/Adder.java, which is never published (only content/"
                + " and the exercise page, starter/ and tests/ are); link to a lesson, an"
                + " exercise.md or a starter file");
  }

  @Test
  void aRootRelativeLinkIsRefusedBecauseItBreaksOnFileUrls() throws IOException {
    assertThat(problems(LESSON, "---\ntitle: Broken\n---\n[home](/index.html)\n"))
        .containsExactly(
            LESSON
                + ":4: link '/index.html' starts with '/', which points at the disk's root under"
                + " file://; write it relative to this file");
  }

  @Test
  void rawHtmlThatLoadsFromTheNetworkIsRefused() throws IOException {
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Broken\n---\n\n<figure>\n<img src=\"https://example.org/x.png\""
                    + " alt=\"x\">\n</figure>\n\nText <img src=\"img/nope.png\"> inline.\n"))
        .containsExactly(
            LESSON
                + ":5: <img src=\"https://example.org/x.png\"> loads from the network; the site"
                + " must work offline: save the file next to the lesson and use a relative path",
            LESSON + ":9: <img src=\"img/nope.png\">: no such file; check the path");
  }

  @Test
  void aPrerequisiteThatDoesNotExist() throws IOException {
    assertThat(
            problems(LESSON, "---\ntitle: Broken\nprerequisites:\n  - raft/01-terms\n---\nText.\n"))
        .containsExactly(
            LESSON
                + ":3: prerequisite 'raft/01-terms' is not a lesson; write its path without .md,"
                + " e.g. raft/01-terms-and-roles");
  }

  @Test
  void prerequisitesThatFormACycle() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Files.writeString(
        course.resolve("content/raft/01-terms-and-roles.md"),
        "---\ntitle: Terms\nprerequisites: [raft/03-logs]\n---\nText.\n");
    Files.writeString(
        course.resolve("content/raft/03-logs.md"),
        "---\ntitle: Logs\nprerequisites: [raft/02-elections]\n---\nText.\n");
    assertThat(new SiteBuilder(course).check().problems().stream().map(Problem::toString))
        .containsExactly(
            "content/raft/01-terms-and-roles.md:3: prerequisites form a cycle:"
                + " raft/01-terms-and-roles -> raft/03-logs -> raft/02-elections ->"
                + " raft/01-terms-and-roles; remove one of these prerequisites");
  }

  @Test
  void aDuplicatePageId() throws IOException {
    assertThat(problems("content/raft/07-elections.md", "---\ntitle: Elections again\n---\n"))
        .containsExactly(
            "content/raft/07-elections.md:1: duplicate page id 'raft/elections' (also"
                + " content/raft/02-elections.md): two lessons of a part may not share a slug;"
                + " rename one");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unclosed quote     | '---\\ntitle: \"Broken\\nsummary: x\\n---\\n'                 | content/raft/03-broken.md:2: malformed front matter: found unexpected end of stream
          missing title      | '---\\nsummary: no title\\n---\\n'                              | content/raft/03-broken.md:2: 'title' is required; add it
          unknown key        | '---\\ntitle: T\\nprerequisite: [raft/01-terms-and-roles]\\n---\\n' | content/raft/03-broken.md:3: unknown key 'prerequisite'; known keys: order, prerequisites, sources, summary, tags, title
          no front matter    | '# Just a heading\\n'                                           | content/raft/03-broken.md:1: no front matter; start the file with a line '---', the YAML keys, and another '---'
          order not a number | '---\\ntitle: T\\norder: first\\n---\\n'                         | content/raft/03-broken.md:3: 'order' must be a whole number
          source without title | '---\\ntitle: T\\nsources:\\n  - url: https://raft.github.io/\\n---\\n' | content/raft/03-broken.md:4: a source needs a title: write '- Title' or '- {title: ..., url: ...}'
          """)
  void malformedFrontMatter(String kind, String text, String expected) throws IOException {
    assertThat(problems(LESSON, text.replace("\\n", "\n"))).containsExactly(expected);
  }

  @Test
  void aMalformedQuizNamesTheLineOfTheProblem() throws IOException {
    String lesson =
        """
        ---
        title: Quiz
        ---

        ```quiz
        - question: Which?
          choices: [A, B]
          answer: 3
        - question: Broken
          choice: [A, B]
        ```
        """;
    assertThat(problems(LESSON, lesson))
        .containsExactly(LESSON + ":6: 'answer' must be a number from 1 to 2 (the right choice)");
  }

  @Test
  void quizYamlThatDoesNotParse() throws IOException {
    String lesson = "---\ntitle: Quiz\n---\n\n```quiz\n- question: \"open\n  answer: 1\n```\n";
    assertThat(problems(LESSON, lesson))
        .singleElement()
        .asString()
        .startsWith(LESSON + ":6: malformed quiz YAML: ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          unknown key         | servers: 3\\nnodes: 5                  | :7: unknown raft-sim key 'nodes'; known: servers, seed, title, script, election_timeout, heartbeat, delay
          servers too many    | servers: 12                          | :6: 'servers' must be a whole number from 1 to 9, not '12'
          servers zero        | seed: 7\\nservers: 0                  | :7: 'servers' must be a whole number from 1 to 9, not '0'
          seed not a number   | seed: seven                          | :6: 'seed' must be a whole number from 0 to 4294967295, not 'seven'
          not a map           | - servers: 3                         | :6: a raft-sim block is a YAML map such as 'servers: 5' and 'seed: 7'; see site/README.md
          bad timeout         | election_timeout: [300, 150]         | :6: 'election_timeout' must be [min, max] in milliseconds, such as [150, 300], with min <= max
          slow heartbeat      | election_timeout: [150, 300]\\nheartbeat: 200 | :7: 'heartbeat' (200 ms) must be shorter than the smallest election timeout (150 ms), or followers would keep starting elections
          unknown server      | servers: 3\\nscript:\\n  - {at: 10, stop: S4} | :8: 'stop' names a server from S1 to S3, not 'S4'
          unknown event key   | script:\\n  - at: 10\\n    crash: S1   | :8: unknown raft-sim event key 'crash'; known: at, stop, restart, request, cut, heal, isolate
          two actions         | script:\\n  - {at: 10, stop: S1, restart: S1} | :7: an event does one thing; split 'stop' and 'restart' into two events
          no time             | script:\\n  - {stop: S1}              | :7: the event has no 'at' (its virtual time in ms)
          cut one server      | script:\\n  - {at: 5, cut: [S1, S1]}  | :7: 'cut' must be two different servers, such as [S1, S2], or all
          duplicate key       | seed: 1\\nseed: 2                     | :7: 'seed' appears twice
          """)
  void aMalformedRaftSimNamesTheLineOfTheProblem(String kind, String yaml, String expected)
      throws IOException {
    String lesson = "---\ntitle: Sim\n---\n\n```raft-sim\n" + yaml.replace("\\n", "\n") + "\n```\n";
    assertThat(problems(LESSON, lesson)).containsExactly(LESSON + expected);
  }

  @Test
  void raftSimYamlThatDoesNotParse() throws IOException {
    String lesson = "---\ntitle: Sim\n---\n\n```raft-sim\nservers: 3\ntitle: \"open\n```\n";
    assertThat(problems(LESSON, lesson))
        .singleElement()
        .asString()
        .startsWith(LESSON + ":7: malformed raft-sim YAML: ");
  }

  @Test
  void aMalformedVersionTagNamesItsLine() throws IOException {
    assertThat(
            problems(
                LESSON, "---\ntitle: Broken\n---\n\nText.\n\nSince {since=abc} and {since=}.\n"))
        .containsExactly(
            LESSON
                + ":7: malformed version tag '{since=abc}': write a Kafka release such as"
                + " {since=3.7}",
            LESSON
                + ":7: malformed version tag '{since=}': write a Kafka release such as"
                + " {since=3.7}");
  }

  // ---- symbolic links: never followed, each refused with its own line ----

  private List<String> linkProblems(String link, Path target) throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path at = course.resolve(link);
    Files.createDirectories(at.getParent());
    Files.createSymbolicLink(at, target.isAbsolute() ? target : course.resolve(target));
    Path out = tmp.resolve("site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out);
    assertThat(out).as("nothing is written when the build fails").doesNotExist();
    return result.problems().stream().map(Problem::toString).toList();
  }

  private static Path someHiddenTest() {
    return Path.of("exercises/adder/hidden/AdderHiddenTest.java");
  }

  @Test
  void aFileLinkInContentToAHiddenTestIsRefused() throws IOException {
    assertThat(linkProblems("content/raft/leak.java", someHiddenTest()))
        .singleElement()
        .asString()
        .startsWith("content/raft/leak.java:1: a symbolic link (to ")
        .contains("does not follow links");
  }

  @Test
  void keepGoingWritesNoSiteWhenALinkIsRefused() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Files.createSymbolicLink(
        course.resolve("exercises/adder/starter/Leak.java"), course.resolve(someHiddenTest()));
    Path out = tmp.resolve("site");
    SiteBuilder.Result result = new SiteBuilder(course).build(out, true);
    assertThat(result.problems()).isNotEmpty();
    assertThat(out).as("a link may point at a hidden test: nothing is written").doesNotExist();
  }

  @Test
  void aFileLinkInContentToASystemFileIsRefused() throws IOException {
    assertThat(linkProblems("content/raft/passwd.txt", Path.of("/etc/passwd")))
        .containsExactly(
            "content/raft/passwd.txt:1: a symbolic link (to /etc/passwd); the build publishes"
                + " only real files of the course and does not follow links: put the file"
                + " itself here");
  }

  @Test
  void aLessonThatIsALinkToAHiddenTestIsRefused() throws IOException {
    assertThat(linkProblems("content/raft/09-leak.md", someHiddenTest()))
        .singleElement()
        .asString()
        .startsWith("content/raft/09-leak.md:1: a symbolic link");
  }

  @Test
  void aDanglingLinkNamedLikeALessonIsReportedNotSkipped() throws IOException {
    assertThat(linkProblems("content/raft/09-gone.md", Path.of("/nonexistent/lesson.md")))
        .singleElement()
        .asString()
        .startsWith("content/raft/09-gone.md:1: a symbolic link that points nowhere");
  }

  @Test
  void aLinkedFolderInContentIsRefusedAndNotWalked() throws IOException {
    assertThat(linkProblems("content/raft/etc", Path.of("/etc")))
        .singleElement()
        .asString()
        .startsWith("content/raft/etc:1: a symbolic link (to /etc)");
  }

  @Test
  void aLinkInAnExercisesPublishedStarterToItsSolutionIsRefused() throws IOException {
    Path hidden = someHiddenTest();
    Path exercise = hidden.getParent().getParent();
    String link = exercise.resolve("starter/Leak.java").toString();
    assertThat(linkProblems(link, hidden))
        .singleElement()
        .asString()
        .startsWith(link + ":1: a symbolic link");
  }

  @Test
  void anExerciseWhoseLessonDoesNotExist() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path md = course.resolve("exercises/adder/exercise.md");
    Files.writeString(
        md, Files.readString(md).replace("lesson: raft/02-elections", "lesson: raft/02-votes"));
    assertThat(new SiteBuilder(course).check().problems().stream().map(Problem::toString))
        .containsExactly(
            "exercises/adder/exercise.md:10: lesson 'raft/02-votes' does not exist; write a"
                + " lesson path such as raft/01-terms-and-roles");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
    assertThat(
            problems(
                LESSON,
                "---\ntitle: Many\nprerequisites: [nope/01-x]\n---\n[a](x.md) [b](#y) ![c](d.png)\n"))
        .hasSize(4);
  }

  // One mistake, one error: a page that cannot be read is still a page for the links to it.

  @Test
  void aLinkedLessonWithMalformedFrontMatterGivesOneError() throws IOException {
    // 01-terms-and-roles links to 02-elections.md#votes; its anchors are unknown now, not missing.
    assertThat(
            problems(
                "content/raft/02-elections.md",
                "---\ntitle: \"Elections\nsummary: x\n---\n## Votes\n"))
        .containsExactly(
            "content/raft/02-elections.md:2: malformed front matter: found unexpected end of"
                + " stream");
  }

  @Test
  void aLinkedLessonThatIsNotUtf8GivesOneErrorWithTheLineOfTheBadByte() throws IOException {
    // The home page links to it and 02-elections names it as a prerequisite.
    byte[] text = "---\ntitle: Terms\n---\n\nA caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problems("content/raft/01-terms-and-roles.md", text))
        .containsExactly(
            "content/raft/01-terms-and-roles.md:5: not UTF-8 text (byte 28); save it as UTF-8");
  }

  @Test
  void aPartIndexWithMalformedFrontMatterGivesOneError() throws IOException {
    assertThat(problems("content/raft/index.md", "---\norder: 1\n---\nIntro.\n"))
        .containsExactly("content/raft/index.md:2: 'title' is required; add it");
  }

  @Test
  void aLinkedExerciseWithMalformedFrontMatterGivesOneError() throws IOException {
    List<String> problems =
        problems("exercises/adder/exercise.md", "---\ntitle: \"Adder\nsubmit: x\n---\n");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("exercises/adder/exercise.md:2: malformed front matter");
  }

  @Test
  void errorsAreSortedByFileThenLine() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Files.writeString(
        course.resolve("content/raft/03-two.md"), "---\ntitle: Two\n---\n[b](#b)\n\n[a](x.md)\n");
    Files.writeString(course.resolve("content/raft/02-elections.md"), "no front matter\n");
    List<Problem> problems = new SiteBuilder(course).check().problems();
    assertThat(problems)
        .extracting(Problem::file)
        .containsExactly(
            "content/raft/02-elections.md", "content/raft/03-two.md", "content/raft/03-two.md");
    assertThat(problems).extracting(Problem::line).containsExactly(1, 4, 6);
  }

  @Test
  void keepGoingWritesTheSiteWithEachBrokenPageAsAnErrorPage() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Files.writeString(
        course.resolve("content/raft/01-terms-and-roles.md"),
        "---\ntitle: Terms\n---\nSee [nothing](nowhere.md).\n");
    Files.writeString(course.resolve("content/raft/02-elections.md"), "no front matter\n");
    Path out = tmp.resolve("site");

    SiteBuilder.Result result = new SiteBuilder(course).build(out, true);

    assertThat(result.ok()).as("the build still fails").isFalse();
    assertThat(result.problems()).hasSize(2);
    String broken = Files.readString(out.resolve("lessons/raft/01-terms-and-roles.html"));
    assertThat(broken)
        .contains("This page did not build")
        .contains("content/raft/01-terms-and-roles.md:4: broken link 'nowhere.md'")
        .doesNotContain("href=\"nowhere");
    assertThat(Files.readString(out.resolve("lessons/raft/02-elections.html")))
        .contains("content/raft/02-elections.md:1: no front matter");
    assertThat(Files.readString(out.resolve("lessons/arrays/01-counting.html")))
        .doesNotContain("did not build");
    assertThat(out.resolve("index.html")).exists();
  }
}
