package course.site.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a built site contains, scanned file by file. */
class SiteOutputTest {
  private static final Pattern REMOTE = Pattern.compile("(?i)^\\s*(https?:)?//");
  private static final Pattern CSS_URL =
      Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

  @TempDir Path tmp;

  @Test
  void hiddenSolutionAndWrongFilesNeverReachTheSiteOutput() throws IOException {
    Path course = TestCourses.realCourse();
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    Map<String, String> published = readAll(out);
    assertThat(published).containsKey("exercises/height-checker/index.html");

    String publicSources = publicSources(course);
    List<Path> secrets = secretFiles(course);
    assertThat(secrets).as("the real course has hidden, solution and wrong files").isNotEmpty();
    for (Path secret : secrets) {
      String content = Files.readString(secret).replace("\r\n", "\n").strip();
      // Whole files, and every long line that no published source has (a solution's code).
      List<String> needles = new ArrayList<>();
      needles.add(content);
      content
          .lines()
          .map(String::strip)
          .filter(l -> l.length() >= 30 && !publicSources.contains(l))
          .forEach(needles::add);
      for (Map.Entry<String, String> file : published.entrySet()) {
        String text = file.getValue().replace("\r\n", "\n");
        for (String needle : needles) {
          assertThat(text)
              .as("%s holds content of %s", file.getKey(), course.relativize(secret))
              .doesNotContain(needle);
        }
      }
      assertThat(published.keySet())
          .noneMatch(
              p -> p.contains("/hidden/") || p.contains("/solution/") || p.contains("/wrong/"));
    }
  }

  @Test
  void theSiteLoadsNoRemoteResourceOnlyLinksToThem() throws IOException {
    for (Path course : List.of(TestCourses.realCourse(), TestCourses.copy("sample", tmp))) {
      Path out = tmp.resolve("site-" + course.getFileName());
      assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
      List<String> remote = new ArrayList<>();
      for (Map.Entry<String, String> file : readAll(out).entrySet()) {
        String name = file.getKey();
        if (name.endsWith(".html")) {
          Document doc = Jsoup.parse(file.getValue());
          for (Element e : doc.select("[src], [srcset], [poster], [data]")) {
            for (String attr : List.of("src", "srcset", "poster", "data")) {
              if (REMOTE.matcher(e.attr(attr)).find()) {
                remote.add(name + ": <" + e.tagName() + " " + attr + "=" + e.attr(attr) + ">");
              }
            }
          }
          for (Element e : doc.select("link[href], base[href], form[action], iframe, embed")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("action") + e.attr("src");
            if (REMOTE.matcher(ref).find()) {
              remote.add(name + ": <" + e.tagName() + " " + ref + ">");
            }
          }
          for (Element style : doc.select("style")) {
            cssRefs(name, style.data(), remote);
          }
          for (Element styled : doc.select("[style]")) {
            cssRefs(name, styled.attr("style"), remote);
          }
        } else if (name.endsWith(".css")) {
          cssRefs(name, file.getValue(), remote);
        }
      }
      assertThat(remote).as("remote resources in %s", course).isEmpty();
    }
  }

  private static void cssRefs(String file, String css, List<String> remote) {
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      String ref = m.group(1) != null ? m.group(1) : m.group(2);
      if (REMOTE.matcher(ref).find()) {
        remote.add(file + ": css " + ref);
      }
    }
  }

  @Test
  void everyPageHasTheSkeletonAndEveryRelativeLinkPointsAtAFileOfTheSite() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    List<String> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages =
          files
              .filter(p -> p.toString().endsWith(".html"))
              .map(p -> out.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(pages)
        .containsExactly(
            "all.html",
            "changes.html",
            "exercises/adder/index.html",
            "index.html",
            "lessons/arrays/01-counting.html",
            "lessons/arrays/index.html",
            "lessons/raft/01-terms-and-roles.html",
            "lessons/raft/02-elections.html",
            "lessons/raft/index.html",
            "replay.html");
    for (String page : pages) {
      Document doc = Jsoup.parse(out.resolve(page).toFile());
      String root = "../".repeat(page.split("/").length - 1);
      assertThat(doc.body().attr("data-root")).as(page).isEqualTo(root);
      assertThat(doc.body().attr("data-page")).as(page).isEqualTo(page);
      assertThat(doc.select("a.skip-link[href=#main]")).as(page).hasSize(1);
      assertThat(doc.select("header.site-header #search-input[type=search]")).as(page).hasSize(1);
      assertThat(doc.select("header.site-header #theme-toggle, header #help-toggle")).hasSize(2);
      assertThat(doc.select("nav.sidebar[aria-label=Course contents]")).as(page).hasSize(1);
      assertThat(doc.select("main#main > article.content")).as(page).hasSize(1);
      assertThat(doc.select("footer.site-footer")).as(page).hasSize(1);
      assertThat(doc.select("dialog#help-dialog")).as(page).hasSize(1);
      assertThat(doc.select("script[src]").eachAttr("src"))
          .as(page)
          .containsExactly(
              root + "progress.js",
              root + "assets/search-index.js",
              root + "assets/search.js",
              root + "assets/sidebar.js",
              root + "assets/site.js",
              root + "assets/raft-sim.js");
      assertThat(doc.select("link[rel=stylesheet]").eachAttr("href"))
          .containsExactly(root + "assets/site.css", root + "assets/interactive.css");
      for (Element a : doc.select("a[href], img[src]")) {
        String ref = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        if (ref.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
          continue;
        }
        String path = ref.replaceFirst("#.*", "");
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        Path target =
            path.isEmpty()
                ? out.resolve(page)
                : out.resolve(page).getParent() == null
                    ? out.resolve(path)
                    : out.resolve(page).getParent().resolve(path).normalize();
        if (path.startsWith("../../assets/")
            || path.startsWith("assets/")
            || path.startsWith("../assets/")) {
          continue; // site.js, search.js and interactive.css come from the other half of the site
        }
        assertThat(target).as("%s links to %s", page, ref).isRegularFile();
        assertThat(path).as("%s: links end in a file name", page).doesNotEndWith("/");
        if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
          Document other = Jsoup.parse(target.toFile());
          assertThat(other.getElementById(fragment)).as("%s links to %s", page, ref).isNotNull();
        }
      }
    }
    Document lesson = Jsoup.parse(out.resolve("lessons/raft/01-terms-and-roles.html").toFile());
    assertThat(lesson.select(".sidebar a[aria-current=page]").text()).isEqualTo("Terms and roles");
    assertThat(lesson.select("a[rel=prev]").attr("href")).isEqualTo("index.html");
    assertThat(lesson.select("a[rel=next]").attr("href")).isEqualTo("02-elections.html");
    assertThat(lesson.select(".breadcrumbs a").eachText())
        .containsExactly("Home", "Raft", "Terms and roles");
    // The page holds its own sidebar group only (every group's heading, a link to the course map
    // for readers without JavaScript); assets/sidebar.js holds every entry, once for all pages.
    assertThat(lesson.select(".sidebar li a").eachText())
        .containsExactly("Terms and roles", "Elections");
    assertThat(lesson.select(".sidebar .sidebar-all a").attr("href"))
        .isEqualTo("../../index.html#course-map");
    assertThat(lesson.select(".sidebar[data-sidebar=script]")).hasSize(1);
    assertThat(Files.readString(out.resolve("assets/sidebar.js")))
        .startsWith("window.COURSE_SIDEBAR = [")
        .contains(
            "[\"Raft\",\"lessons/raft/index.html\",0,[[\"Terms and roles\","
                + "\"lessons/raft/01-terms-and-roles.html\"]",
            "[\"Exercises: Raft\",null,1,[[\"Adder\",\"exercises/adder/index.html\"]");
    Document home = Jsoup.parse(out.resolve("index.html").toFile());
    // An exercise is listed with the part of its lesson, in the map and in the sidebar.
    assertThat(home.select(".course-map .map-part h3").eachText())
        .containsExactly("Raft", "Arrays");
    assertThat(home.select(".course-map .map-part").first().select(".map-exercises a").eachText())
        .contains("Adder");
    assertThat(lesson.select(".sidebar details.nav-group:not([open]) summary").eachText())
        .contains("Exercises: Raft");
    Document exercise = Jsoup.parse(out.resolve("exercises/adder/index.html").toFile());
    assertThat(exercise.select(".sidebar details.nav-group[open] summary").eachText())
        .containsExactly("Exercises: Raft");
    assertThat(exercise.select(".breadcrumbs a").eachText())
        .containsExactly("Home", "Raft", "Exercises", "Adder");
    assertThat(home.select(".map-lessons .summary").first().text())
        .isEqualTo("Leaders, followers, candidates, and the terms that number them.");
    assertThat(home.select(".map-lessons .prerequisites a").eachText())
        .containsExactly("Terms and roles");
    assertThat(home.select(".map-exercises .difficulty").text()).isEqualTo("easy");
  }

  @Test
  void theSinglePageEditionHoldsEveryPageWithInPageLinks() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    Document all = Jsoup.parse(out.resolve("all.html").toFile());
    assertThat(all.select("section.edition-page").eachAttr("id"))
        .containsExactly(
            "home",
            "raft",
            "raft--terms-and-roles",
            "raft--elections",
            "arrays",
            "arrays--counting",
            "exercise--adder");
    for (Element a : all.select("main a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        assertThat(all.getElementById(href.substring(1))).as(href).isNotNull();
      } else if (!href.matches("[a-z]+:.*")) {
        // The replay page is a tool, not a page of the edition (as changes.html).
        assertThat(href)
            .as("only downloads and the replay page stay files")
            .matches(h -> !h.endsWith(".html") || h.equals("replay.html"));
        assertThat(out.resolve(href.replaceFirst("#.*", ""))).isRegularFile();
      }
    }
    assertThat(all.select("section.quiz")).hasSize(1);
  }

  @Test
  void versionTagsBecomeBadgesAndTheWhatChangedWhenPageListsThemByRelease() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path lesson = course.resolve("content/raft/02-elections.md");
    Files.writeString(
        lesson,
        Files.readString(lesson)
            + "\n## Versions\n\nThe leader re-sends its announcement {since=3.9} as a heartbeat."
            + " Before, it sent it once {until=3.9}; followers always fetch {since=2.8}.\n"
            + "\nIn code the tag is text: `{since=3.7}`.\n");
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    Document page = Jsoup.parse(out.resolve("lessons/raft/02-elections.html").toFile());
    assertThat(page.select("span.version-tag").eachText())
        .containsExactly("Kafka 3.9+", "before Kafka 3.9", "Kafka 2.8+");
    assertThat(page.select("code").eachText()).contains("{since=3.7}");
    assertThat(page.select("footer a[href$=changes.html]")).hasSize(1);
    Document changes = Jsoup.parse(out.resolve("changes.html").toFile());
    assertThat(changes.select("article h2").eachText()).containsExactly("Kafka 2.8", "Kafka 3.9");
    assertThat(changes.select("#kafka-3-9 + ul li")).hasSize(2);
    Element first = changes.select("#kafka-3-9 + ul li").first();
    assertThat(first.text()).contains("The leader re-sends its announcement as a heartbeat.");
    String href = first.select("a").attr("href");
    assertThat(href).isEqualTo("lessons/raft/02-elections.html#versions");
    assertThat(out.resolve("lessons/raft/02-elections.html")).isRegularFile();
  }

  @Test
  void exercisePagesShipStarterAndVisibleTestsAndTheExactCommands() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    Path dir = out.resolve("exercises/adder");
    assertThat(dir.resolve("files/starter/Adder.java"))
        .hasSameTextualContentAs(course.resolve("exercises/adder/starter/Adder.java"));
    assertThat(dir.resolve("files/tests/AdderTest.java")).isRegularFile();
    List<String> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dir.resolve("adder-starter.zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).containsExactly("adder/starter/Adder.java", "adder/tests/AdderTest.java");
    Document page = Jsoup.parse(dir.resolve("index.html").toFile());
    assertThat(page.select(".command button.copy").eachAttr("data-copy"))
        .containsExactly(
            "./course test adder adder/starter/Adder.java",
            "./course submit adder adder/starter/Adder.java --student YOUR_ID");
    assertThat(page.select(".command pre code").eachText())
        .containsExactly(
            "./course test adder adder/starter/Adder.java",
            "./course submit adder adder/starter/Adder.java --student YOUR_ID");
    assertThat(entries).contains("adder/starter/Adder.java");
    assertThat(page.select(".get-started a.download").attr("href")).isEqualTo("adder-starter.zip");
    assertThat(page.select(".get-started").text())
        .contains("YOUR_ID", "not in your download", "course submit", "adder/starter/Adder.java");
    assertThat(page.select("h1 + .exercise-meta + section.get-started")).hasSize(1);
    assertThat(page.select(".exercise-meta .difficulty").text()).isEqualTo("easy");
    assertThat(page.select(".exercise-meta a").attr("href"))
        .isEqualTo("../../lessons/raft/02-elections.html");
    String index = Files.readString(out.resolve("assets/search-index.js"));
    assertThat(index).startsWith("window.COURSE_SEARCH = ").contains("exercises/adder/index.html");
  }

  @Test
  void theHomeAndEveryExercisePageSayTheInstructorGradesWhenThereIsNoGradingServer()
      throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    assertThat(new SiteBuilder(course).build(out).problems()).isEmpty();
    for (String page : gradingPages(out)) {
      assertThat(Jsoup.parse(out.resolve(page).toFile()).select("p.hidden-tests").eachText())
          .as(page)
          .singleElement()
          .asString()
          .contains(
              "course submit grades on your instructor's machine",
              "your instructor grades submissions; hidden tests are not in your download.")
          .doesNotContain("grading server");
    }
  }

  @Test
  void theHomeAndEveryExercisePageNameTheGradingServerWhenTheCourseHasOne() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    URI server = URI.create("https://10.0.0.5:8443");
    assertThat(new SiteBuilder(course, Optional.of(server)).build(out).problems()).isEmpty();
    List<String> pages = gradingPages(out);
    assertThat(pages).hasSizeGreaterThan(1);
    for (String page : pages) {
      assertThat(Jsoup.parse(out.resolve(page).toFile()).select("p.hidden-tests").eachText())
          .as(page)
          .singleElement()
          .asString()
          .contains(
              "course submit grades your files on the grading server at https://10.0.0.5:8443",
              "hidden tests never leave it.")
          .doesNotContain("instructor's machine");
    }
  }

  /** The home page and every exercise page. */
  private static List<String> gradingPages(Path out) throws IOException {
    List<String> pages = new ArrayList<>(List.of("index.html"));
    try (java.util.stream.Stream<Path> dirs = Files.list(out.resolve("exercises"))) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
          .map(d -> out.relativize(d.resolve("index.html")).toString())
          .sorted()
          .forEach(pages::add);
    }
    return pages;
  }

  @Test
  void aRebuildReplacesTheOldSiteButNeverClearsAFolderItDidNotBuild() throws IOException {
    Path course = TestCourses.copy("sample", tmp);
    Path out = tmp.resolve("site");
    new SiteBuilder(course).build(out);
    Files.writeString(out.resolve("stale.html"), "old");
    assertThat(new SiteBuilder(course).build(out).ok()).isTrue();
    assertThat(out.resolve("stale.html")).doesNotExist();
    Path other = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(other.resolve("mine.txt"), "keep");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteBuilder(course).build(other))
        .hasMessageContaining("not empty and not a site built before");
    assertThat(other.resolve("mine.txt")).hasContent("keep");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SiteBuilder(course).build(course.resolve("content/site")))
        .hasMessageContaining("inside content/ or exercises/");
  }

  /** Every file of the site as text; zip entries are read too ({@code x.zip!/entry}). */
  private static Map<String, String> readAll(Path out) throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = out.relativize(f).toString().replace('\\', '/');
      if (name.endsWith(".zip")) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(f))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            all.put(
                name + "!/" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } else {
        all.put(name, new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  private static List<Path> secretFiles(Path course) throws IOException {
    try (Stream<Path> walk = Files.walk(course.resolve("exercises"))) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String rel = course.relativize(p).toString().replace('\\', '/');
                return rel.matches("exercises/[^/]+/(hidden|solution|wrong)/.*");
              })
          .sorted()
          .toList();
    }
  }

  private static String publicSources(Path course) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> walk = Files.walk(course.resolve("exercises"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = course.relativize(p).toString().replace('\\', '/');
        if (rel.matches("exercises/[^/]+/(starter/.*|tests/.*|exercise\\.md)")) {
          sb.append(Files.readString(p)).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
