package course.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import course.grader.wire.PlainJson;
import course.grader.wire.WireJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A kit's submit reads the server's answer and writes its JSON with Jackson's streaming API only
 * ({@link PlainJson}); what it prints must be what the {@code ObjectMapper} path printed, for every
 * test status and outcome.
 */
class StreamingReportTest {
  /** The mapper the kit used before, configured as it was. */
  private static final ObjectMapper DATABIND =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Test
  void theStreamingReaderPrintsTheSameReportAsDatabindForEveryStatusAndOutcome() throws Exception {
    for (Outcome outcome : Outcome.values()) {
      GradeReport report = report(outcome);
      Map<String, Object> lateness = new LinkedHashMap<>();
      lateness.put("timeliness", "late");
      lateness.put("late_ms", 7_200_000L);
      lateness.put("penalty", new BigDecimal("0.10").stripTrailingZeros());
      Map<String, Object> wire = WireJson.report(report, "s01", 3, lateness, true);

      String text = PlainJson.text(wire);
      assertThat(text)
          .as(outcome + ": the answer's text")
          .isEqualTo(DATABIND.writeValueAsString(wire));

      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      JsonNode streamed = PlainJson.tree(utf8);
      JsonNode bound = DATABIND.readTree(utf8);
      assertThat(streamed).as(outcome + ": the tree").isEqualTo(bound);

      for (boolean json : new boolean[] {false, true}) {
        assertThat(printed(streamed, json, true))
            .as(outcome + (json ? " --json" : " report"))
            .isEqualTo(printed(bound, json, false))
            .contains(json ? "\"penalty\":0.1" : "attempt 3");
      }
    }
  }

  @Test
  void plainValuesAreWrittenAsTheMapperWritesThem() throws Exception {
    Map<String, Object> odd = new LinkedHashMap<>();
    odd.put("exponent", new BigDecimal("10").stripTrailingZeros());
    odd.put("text", "quote \" backslash \\ tab \t nul \u0000 é 😀 </script>");
    odd.put("nothing", null);
    odd.put("long", Long.MIN_VALUE);
    odd.put("double", 0.30000000000000004);
    odd.put("nan", Double.NaN);
    odd.put("list", List.of(1, 2.5, true, "x", List.of(), Map.of()));
    assertThat(PlainJson.text(odd)).isEqualTo(DATABIND.writeValueAsString(odd));
    assertThat(PlainJson.tree(PlainJson.text(odd).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(DATABIND.readTree(DATABIND.writeValueAsString(odd)));
  }

  /** What the kit prints for an answer, read with the streaming reader or with databind. */
  private static String printed(JsonNode answer, boolean json, boolean streaming) {
    StringWriter out = new StringWriter();
    Console console = new Console(new PrintWriter(out), false);
    Map<String, Object> lateness = new LinkedHashMap<>();
    for (String field : List.of("timeliness", "late_ms", "penalty")) {
      lateness.put(
          field,
          streaming
              ? PlainJson.value(answer.get(field))
              : DATABIND.convertValue(answer.get(field), Object.class));
    }
    ReportPrinter printer = new ReportPrinter(console);
    GradeReport report = WireJson.readReport(answer);
    if (json) {
      String line =
          streaming
              ? ReportPrinter.toJson(
                  WireJson.report(
                      report,
                      answer.path("student").asText(),
                      answer.path("attempt").asInt(),
                      lateness,
                      false))
              : databindText(
                  WireJson.report(
                      report,
                      answer.path("student").asText(),
                      answer.path("attempt").asInt(),
                      lateness,
                      false));
      console.out().println(line);
    } else {
      printer.printHuman(report, answer.path("student").asText(), answer.path("attempt").asInt());
    }
    console.out().flush();
    return out.toString();
  }

  private static String databindText(Object value) {
    try {
      return DATABIND.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A report with one test of every status (or none, when the outcome means no test ran). */
  private static GradeReport report(Outcome outcome) {
    List<TestResult> tests = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (outcome == Outcome.COMPILE_ERROR || outcome == Outcome.REJECTED) {
      diagnostics.add(new Diagnostic("HeightChecker.java", 12, 5, "';' expected"));
      diagnostics.add(new Diagnostic("hidden tests", 0, 0, "cannot find symbol (symbol: x)"));
    } else {
      int i = 0;
      for (TestStatus status : TestStatus.values()) {
        boolean visible = i % 2 == 0;
        tests.add(
            new TestResult(
                "[engine:junit-jupiter]/[class:T]/[method:t" + i + "()]",
                "test " + i + " · " + status.wireName() + " «ünïcode» \"quoted\"",
                visible,
                status,
                status == TestStatus.PASSED ? 1.5 : 0,
                0.1 * (i + 1),
                status == TestStatus.PASSED ? "" : "expected: <1> but was: <2>\nsecond line",
                visible ? "out line 1\nout line 2\n" : "",
                12));
        i++;
      }
    }
    return new GradeReport(
        "height-checker",
        List.of(),
        outcome,
        tests,
        diagnostics,
        "",
        outcome == Outcome.TIMED_OUT ? "the run took longer than 10 s" : "",
        0,
        7.5);
  }
}
