package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a real {@code course serve} on loopback, students submitting from a kit folder holding
 * no hidden tests, through the real CLI in child JVMs.
 */
class GradingServerTest {
  @TempDir static Path tmp;
  static ServedClass served;

  @BeforeAll
  static void startServer() throws Exception {
    served = new ServedClass(tmp, List.of("alice", "bob"), "--jobs", "2");
  }

  @AfterAll
  static void stopServer() throws Exception {
    served.close();
  }

  static Path solution() {
    return CourseRunner.fixtureCourse().resolve("exercises/adder/solution/Adder.java");
  }

  @Test
  void aSubmitThroughTheKitPrintsWhatALocalSubmitPrintsAndTheServerRecordsIt() throws Exception {
    served.login("alice");
    Files.createDirectories(served.kit.resolve("site"));
    Path wrong =
        Files.list(CourseRunner.fixtureCourse().resolve("exercises/adder/wrong"))
            .sorted()
            .findFirst()
            .orElseThrow();
    Path wrongFile = Files.isDirectory(wrong) ? Files.list(wrong).findFirst().orElseThrow() : wrong;
    Path copy = Files.createDirectories(tmp.resolve("alice-work")).resolve("Adder.java");
    Files.copy(wrongFile, copy);

    CourseRunner.Run remote =
        served.student("alice", "", "submit", "adder", copy.toString(), "--json");
    CourseRunner.Run local =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("local.db"))
            .run("submit", "adder", copy.toString(), "--student", "alice", "--json");
    assertThat(remote.code()).as(remote.toString()).isEqualTo(local.code()).isEqualTo(1);
    JsonNode remoteJson = remote.json();
    JsonNode localJson = local.json();
    // The fixture's deadline is past: how late differs by the milliseconds between the two runs.
    assertThat(remoteJson.path("timeliness").asText()).isEqualTo("late");
    ((ObjectNode) remoteJson).remove("late_ms");
    ((ObjectNode) localJson).remove("late_ms");
    assertThat(remoteJson).isEqualTo(localJson);
    assertThat(remoteJson.path("tests").size()).isGreaterThan(1);

    CourseRunner.Run human = served.student("alice", "", "submit", "adder", copy.toString());
    CourseRunner.Run localHuman =
        new CourseRunner(CourseRunner.fixtureCourse(), tmp.resolve("local.db"))
            .run("submit", "adder", copy.toString(), "--student", "alice");
    assertThat(human.out().replaceAll("late by [^,\n]*", "late by X"))
        .isEqualTo(localHuman.out().replaceAll("late by [^,\n]*", "late by X"));
    assertThat(human.out()).contains("late by");

    assertThat(
            served.query(
                "SELECT count(*) FROM submissions WHERE student_id = 'alice'"
                    + " AND exercise_slug = 'adder'"))
        .isEqualTo("2");
    assertThat(served.query("SELECT count(*) FROM queue WHERE state = 'queued'")).isEqualTo("0");

    // The kit's site shows the student's progress from this file (issue 20).
    String progress = Files.readString(served.kit.resolve("site/progress.js"));
    assertThat(progress)
        .startsWith("window.courseProgress = {\"exercises\":{\"adder\":{")
        .contains("\"best\":2.0")
        .contains("\"attempts\":2");
    CourseRunner.Run history = served.student("alice", "", "history", "--json");
    assertThat(history.code()).as(history.toString()).isZero();
    assertThat(history.json().size()).isEqualTo(2);
    assertThat(history.json().get(1).path("attempt").asInt()).isEqualTo(2);

    CourseRunner.Run list = served.student("alice", "", "list");
    assertThat(list.out()).contains("adder").contains("in 2 attempts");
  }

  @Test
  void aTokenActsAsItsOwnStudentOnly() throws Exception {
    served.login("bob");
    CourseRunner.Run asAlice =
        served.student(
            "bob", "", "submit", "adder", solution().toString(), "--student", "alice", "--json");
    assertThat(asAlice.code()).as(asAlice.toString()).isZero();
    assertThat(asAlice.json().path("student").asText()).isEqualTo("bob");
    assertThat(asAlice.err()).contains("graded this as 'bob'");

    CourseRunner.Run history = served.student("bob", "", "history", "--json", "--student", "alice");
    for (JsonNode row : history.json()) {
      assertThat(row.path("student").asText()).isEqualTo("bob");
    }
  }

  @Test
  void aCertificateThatIsNotThePinnedOneIsRefusedAndNothingIsSent() throws Exception {
    String before = served.query("SELECT count(*) FROM queue");
    String other = "AB:" + served.fingerprint.substring(3);
    if (other.equals(served.fingerprint)) {
      other = "CD:" + served.fingerprint.substring(3);
    }
    Path yaml = served.kit.resolve("course.yaml");
    String pinned = Files.readString(yaml);
    try {
      Files.writeString(yaml, pinned.replace(served.fingerprint, other));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> served.login("alice"))
          .hasMessageContaining("is not the course's grading server");
    } finally {
      Files.writeString(yaml, pinned);
    }
    Files.writeString(yaml, pinned.replace(served.fingerprint, other));
    try {
      CourseRunner.Run submit =
          served.student("alice", "", "submit", "adder", solution().toString());
      assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
      assertThat(submit.err().strip().lines()).hasSize(1);
      assertThat(submit.err())
          .contains("is not the course's grading server")
          .doesNotContain("Exception");
    } finally {
      Files.writeString(yaml, pinned);
    }
    assertThat(served.query("SELECT count(*) FROM queue")).isEqualTo(before);
  }

  @Test
  void anUnreachableServerIsOneLineAndExit2() throws Exception {
    Path yaml = served.kit.resolve("course.yaml");
    String pinned = Files.readString(yaml);
    new course.grader.remote.TokenStore(tmp.resolve("config/carol"))
        .write(java.net.URI.create("https://127.0.0.1:1"), served.tokens.get("alice"));
    try {
      Files.writeString(yaml, pinned.replace(":" + served.port + "\n", ":1\n"));
      CourseRunner.Run submit =
          served.student("carol", "", "submit", "adder", solution().toString());
      assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
      assertThat(submit.err()).contains("cannot reach the grading server").contains("untouched");
      assertThat(submit.err().strip().lines()).hasSize(1);
    } finally {
      Files.writeString(yaml, pinned);
    }
  }
}
