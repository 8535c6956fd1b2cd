package course.grader.cli;

import course.catalog.CourseException;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.RosterEntry;
import course.grader.server.Tokens;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code course roster tokens}: one new grading-server token per rostered student. Only the tokens'
 * hashes are stored; a student's earlier token stops working.
 */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description =
        "Issue a new token per rostered student for the grading server (course serve); each"
            + " student's earlier token stops working. Hand each student theirs.",
    footer = {
      "",
      "Writes CSV: student_id,name,email,token. Only hashes are kept in the gradebook, so this",
      "is the only time the tokens are shown: keep the file private (it is written mode 0600).",
      "",
      "Examples:",
      "  course roster tokens --out tokens.csv",
      "  course roster tokens --student alice     (a new token for alice only)"
    })
final class RosterTokensCommand implements Callable<Integer> {
  @ParentCommand RosterCommand parent;

  @Mixin Common common;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the CSV here (mode 0600). Default: print it.")
  Path out;

  @Option(
      names = "--student",
      paramLabel = "ID",
      description = "Only these students (repeatable). Default: everyone on the roster.")
  List<String> students;

  @Override
  public Integer call() {
    if (out != null
        && out.toAbsolutePath().getParent() != null
        && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw CourseException.input(
          out.toAbsolutePath().getParent() + ": no such folder; create it or pick another --out");
    }
    Map<String, String> issued = new LinkedHashMap<>();
    List<RosterEntry> chosen = new ArrayList<>();
    try (Gradebook gradebook =
        common.requireWritableGradebook("import a roster first: course roster import roster.csv")) {
      Map<String, RosterEntry> roster = gradebook.roster();
      if (roster.isEmpty()) {
        throw CourseException.input(
            gradebook.where()
                + ": no roster yet; import one first: course roster import roster.csv");
      }
      if (students == null) {
        chosen.addAll(roster.values());
      } else {
        for (String id : students) {
          RosterEntry entry = roster.get(id);
          if (entry == null) {
            throw CourseException.input(
                "--student " + id + ": not on the roster; add them with course roster import");
          }
          chosen.add(entry);
        }
      }
      Map<String, String> hashes = new LinkedHashMap<>();
      for (RosterEntry e : chosen) {
        String token = Tokens.newToken();
        issued.put(e.studentId(), token);
        hashes.put(e.studentId(), Tokens.hash(token));
      }
      gradebook.replaceTokens(hashes, Instant.now());
    }
    String csv = csv(chosen, issued);
    if (out == null) {
      parent.parent.console().out().print(csv);
      parent.parent.console().out().flush();
    } else {
      write(out, csv);
      parent
          .parent
          .console()
          .out()
          .println(
              "tokens: "
                  + issued.size()
                  + " issued into "
                  + out
                  + " (earlier tokens of these students no longer work)");
    }
    return ExitCode.OK;
  }

  private static String csv(List<RosterEntry> chosen, Map<String, String> issued) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            text,
            CSVFormat.RFC4180
                .builder()
                .setHeader("student_id", "name", "email", "token")
                .setRecordSeparator("\n")
                .get())) {
      for (RosterEntry e : chosen) {
        printer.printRecord(e.studentId(), e.name(), e.email(), issued.get(e.studentId()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private static void write(Path file, String csv) {
    try {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CourseException.input(file + ": cannot write the tokens (" + e.getMessage() + ")");
    }
  }
}
