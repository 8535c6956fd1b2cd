package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import course.catalog.FrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bar every lesson and exercise of the real course meets (issues 5 and 6): a lesson has a
 * summary, named sources, a "common mistakes" box and a self-check quiz of at least three
 * questions; an exercise is linked from the lesson it names, and has visible tests, hidden tests
 * and at least two wrong solutions. The strict build checks that links resolve; this checks that
 * they are there.
 */
class CourseContentTest {
  private static final Path ROOT = TestCourses.realCourse();
  private static final Pattern QUIZ = Pattern.compile("(?ms)^```quiz\\n(.*?)^```");

  private static List<Path> lessons() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve("content"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.md"))
          .sorted()
          .toList();
    }
  }

  private static List<Path> exercises() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT.resolve("exercises"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static FrontMatter read(Path file) throws IOException {
    return FrontMatter.parse(
        ROOT.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> everyLessonHasASummarySourcesAMistakesBoxAndAQuiz() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path lesson : lessons()) {
      String name = ROOT.relativize(lesson).toString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                FrontMatter fm = read(lesson);
                assertThat(fm.string("summary")).as(name + ": summary").isPresent();
                assertThat(fm.entries("sources", "title")).as(name + ": sources").isNotEmpty();
                String body = fm.body();
                assertThat(body).as(name + ": a [!MISTAKES] box").contains("> [!MISTAKES]");
                assertThat(body).as(name + ": still a placeholder").doesNotContain("Placeholder");
                Matcher quiz = QUIZ.matcher(body);
                assertThat(quiz.find()).as(name + ": a quiz block").isTrue();
                Object questions =
                    new Load(LoadSettings.builder().build()).loadFromString(quiz.group(1));
                assertThat(questions).as(name + ": quiz is a list").isInstanceOf(List.class);
                assertThat((List<?>) questions)
                    .as(name + ": quiz questions")
                    .hasSizeGreaterThanOrEqualTo(3);
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyExerciseIsLinkedFromItsLessonAndHasTestsAndWrongSolutions()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path exercise : exercises()) {
      String slug = exercise.getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(
              slug,
              () -> {
                FrontMatter fm = read(exercise.resolve("exercise.md"));
                String lesson = fm.string("lesson").orElse(null);
                assertThat(lesson).as(slug + ": names its lesson").isNotNull();
                String text = Files.readString(ROOT.resolve("content/" + lesson + ".md"));
                assertThat(text)
                    .as(slug + ": linked from " + lesson)
                    .contains("../../exercises/" + slug + "/exercise.md");
                assertThat(javaFiles(exercise.resolve("tests")))
                    .as(slug + ": visible tests")
                    .isNotEmpty();
                assertThat(javaFiles(exercise.resolve("hidden")))
                    .as(slug + ": hidden tests")
                    .isNotEmpty();
                try (Stream<Path> wrong = Files.list(exercise.resolve("wrong"))) {
                  assertThat(wrong.filter(Files::isDirectory).count())
                      .as(slug + ": wrong solutions")
                      .isGreaterThanOrEqualTo(2);
                }
              }));
    }
    return tests.stream();
  }

  /** Grading must be repeatable: the same submission gets the same score on every run. */
  private static final Pattern NONDETERMINISM =
      Pattern.compile(
          "currentTimeMillis|nanoTime|Instant\\.now|LocalDate(Time)?\\.now|Clock\\."
              + "|new Random\\(\\)|ThreadLocalRandom|Math\\.random|new Thread\\b|Thread\\.sleep"
              + "|Executors\\.|CompletableFuture");

  @TestFactory
  Stream<DynamicTest> testsUseNoClockNoThreadsAndNoUnseededRandomness() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path exercise : exercises()) {
      for (Path file :
          Stream.concat(
                  javaFiles(exercise.resolve("tests")).stream(),
                  javaFiles(exercise.resolve("hidden")).stream())
              .toList()) {
        String name = ROOT.relativize(file).toString();
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  List<String> lines = Files.readAllLines(file);
                  for (int i = 0; i < lines.size(); i++) {
                    int line = i + 1;
                    assertThat(NONDETERMINISM.matcher(lines.get(i)).find())
                        .as("%s:%d: %s", name, line, lines.get(i).strip())
                        .isFalse();
                  }
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyArrayDrillForbidsLibrarySortsStreamsAndCollections() throws IOException {
    int drills = 0;
    for (Path exercise : exercises()) {
      FrontMatter fm = read(exercise.resolve("exercise.md"));
      if (fm.string("lesson").orElse("").startsWith("arrays/")) {
        drills++;
        assertThat(fm.stringList("forbid"))
            .as(exercise.getFileName() + ": forbid")
            .contains("sorting", "java.util.stream", "collections");
      }
    }
    assertThat(drills).as("array drills").isEqualTo(15);
  }

  /**
   * Words that name a forbid entry in a statement: the entry itself, its {@code Class.method} or
   * class name, the last part of a package ({@code stream}), or a family's word.
   */
  private static List<String> namesOf(String entry) {
    switch (entry) {
      case "sorting":
        return List.of("sort");
      case "collections":
        return List.of("collection");
      default:
        break;
    }
    String[] parts = entry.split("\\.");
    String last = parts[parts.length - 1];
    String before = parts.length > 1 ? parts[parts.length - 2] : "";
    List<String> names = new java.util.ArrayList<>(List.of(entry));
    if (Character.isUpperCase(before.isEmpty() ? 'a' : before.charAt(0))) {
      names.add(before + "." + last);
    }
    if (Character.isUpperCase(last.charAt(0))) {
      names.add(last);
    }
    if (!before.isEmpty()
        && Character.isLowerCase(before.charAt(0))
        && Character.isLowerCase(last.charAt(0))) {
      names.add(last);
    }
    return names;
  }

  @Test
  void everyForbidEntryIsStatedInItsExercisesStatement() throws IOException {
    List<String> unstated = new java.util.ArrayList<>();
    for (Path exercise : exercises()) {
      FrontMatter fm = read(exercise.resolve("exercise.md"));
      String body = fm.body().toLowerCase(java.util.Locale.ROOT);
      for (String entry : fm.stringList("forbid")) {
        if (namesOf(entry).stream()
            .noneMatch(n -> body.contains(n.toLowerCase(java.util.Locale.ROOT)))) {
          unstated.add(exercise.getFileName() + ": " + entry);
        }
      }
    }
    assertThat(unstated).as("forbid entries the statement never mentions").isEmpty();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void theSidebarListsEachPartsExercisesInTheOrderTheirLessonsLinkThem(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(ROOT).build(out).problems()).isEmpty();
    // A page holds the entries of its own sidebar group (assets/sidebar.js, in the same order,
    // fills in the others): the group's first exercise shows them.
    Document page = Jsoup.parse(out.resolve("exercises/raft-up-to-date/index.html").toFile());
    Element heading =
        page.select(".sidebar details.nav-group summary").stream()
            .filter(h -> h.text().equals("Exercises: Raft"))
            .findFirst()
            .orElseThrow();
    // Lesson 03 links E1, E2, E5 and the lab's part 1 in that order; lesson 04 comes next with E3.
    assertThat(heading.nextElementSibling().select("a").eachText())
        .startsWith(
            "Election restriction: who is more up-to-date?",
            "RequestVote receiver",
            "Deterministic election simulator",
            "Raft lab, part 1: leader election",
            "AppendEntries receiver on a C-style log");
  }

  /**
   * Lessons name exercises by title and link them (issue 20): "exercise E3" named a number that no
   * exercise page shows.
   */
  @Test
  void lessonsLinkExercisesByTitleAndNeverByANumberNoPageShows(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(ROOT).build(out).problems()).isEmpty();
    Document page = Jsoup.parse(out.resolve("lessons/raft/04-log-replication.html").toFile());
    Element intro = page.selectFirst("article.content p:contains(about thirty lines)");
    assertThat(intro).isNotNull();
    Element link = intro.selectFirst("a[href=../../exercises/raft-append-entries/index.html]");
    assertThat(link).as(intro.outerHtml()).isNotNull();
    assertThat(link.text()).isEqualTo("AppendEntries receiver on a C-style log");
    assertThat(out.resolve("exercises/raft-append-entries/index.html")).isRegularFile();
    Pattern number = Pattern.compile("\\bE\\d{1,2}\\b");
    try (Stream<Path> pages = Files.walk(out.resolve("lessons"))) {
      for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
        Element article = Jsoup.parse(p.toFile()).selectFirst("article.content");
        article.select("pre, code").remove();
        assertThat(number.matcher(article.text()).results().map(MatchResult::group).toList())
            .as(out.relativize(p).toString())
            .isEmpty();
      }
    }
  }

  private static final Pattern JAVA = Pattern.compile("(?ms)^```java\\n(.*?)^```");

  /**
   * Every Java block of a lesson is valid Java: a whole compilation unit, or members of a class
   * (methods, fields), or statements. Readers copy these; a typo would teach the wrong thing.
   */
  @TestFactory
  Stream<DynamicTest> everyJavaBlockInALessonParses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path lesson : lessons()) {
      String name = ROOT.relativize(lesson).toString();
      Matcher java = JAVA.matcher(read(lesson).body());
      int block = 0;
      while (java.find()) {
        String code = java.group(1);
        int number = ++block;
        tests.add(
            DynamicTest.dynamicTest(
                name + " java block " + number,
                () -> {
                  JavaParser parser =
                      new JavaParser(
                          new ParserConfiguration()
                              .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
                  boolean parses =
                      parser.parse(code).isSuccessful()
                          || parser.parse("class Snippet {\n" + code + "\n}").isSuccessful()
                          || parser.parseBlock("{\n" + code + "\n}").isSuccessful();
                  assertThat(parses).as("%s, java block %d:%n%s", name, number, code).isTrue();
                }));
      }
    }
    return tests.stream();
  }

  /** A reader who always picks the same position must not pass the quizzes. */
  @Test
  void quizAnswersAreSpreadOverThePositions() throws IOException {
    int[] byPosition = new int[8];
    int questions = 0;
    for (Path lesson : lessons()) {
      Matcher quiz = QUIZ.matcher(read(lesson).body());
      while (quiz.find()) {
        for (Object q :
            (List<?>) new Load(LoadSettings.builder().build()).loadFromString(quiz.group(1))) {
          int answer = ((Number) ((java.util.Map<?, ?>) q).get("answer")).intValue();
          byPosition[answer]++;
          questions++;
        }
      }
    }
    for (int position = 1; position < byPosition.length; position++) {
      assertThat(byPosition[position])
          .as("questions whose answer is choice %d, of %d", position, questions)
          .isLessThanOrEqualTo(questions * 45 / 100);
    }
  }

  @Test
  void theCourseHasTheLessonsAndExercisesOfIssuesFiveAndSix() throws IOException {
    assertThat(lessons().stream().filter(p -> p.startsWith(ROOT.resolve("content/raft"))))
        .hasSizeGreaterThanOrEqualTo(9);
    assertThat(lessons().stream().filter(p -> p.startsWith(ROOT.resolve("content/kafka"))))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(lessons().stream().filter(p -> p.startsWith(ROOT.resolve("content/arrays"))))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(exercises()).hasSizeGreaterThanOrEqualTo(27);
  }
}
