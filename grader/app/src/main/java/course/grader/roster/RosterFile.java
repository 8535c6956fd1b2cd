package course.grader.roster;

import course.catalog.CourseException;
import course.grader.gradebook.RosterEntry;
import course.grader.report.StudentId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a roster CSV: a header row naming {@code id} (required) and any of {@code name}, {@code
 * email}, {@code sis_id}, {@code section}, in any order and case; UTF-8, with or without a byte
 * order mark; RFC 4180 quoting. Every problem is one message naming the file and line.
 */
public final class RosterFile {
  static final List<String> COLUMNS = List.of("id", "name", "email", "sis_id", "section");

  private RosterFile() {}

  public static List<RosterEntry> read(Path file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (NoSuchFileException e) {
      throw CourseException.input(file + ": no such file; give the roster CSV's path", e);
    } catch (CharacterCodingException e) {
      throw CourseException.input(file + ": not UTF-8 text; save the roster as CSV UTF-8", e);
    } catch (IOException e) {
      throw CourseException.input(file + ": cannot read: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(file.toString(), new StringReader(text));
  }

  static List<RosterEntry> parse(String shown, Reader reader) {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    List<RosterEntry> entries = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> columns = null;
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (columns == null) {
          columns = header(shown, record);
          continue;
        }
        String id = value(record, columns, "id").strip();
        String where = shown + ":" + line;
        try {
          new StudentId(id);
        } catch (CourseException e) {
          throw CourseException.input(where + ": " + e.getMessage(), e);
        }
        Long earlier = seen.putIfAbsent(id, line);
        if (earlier != null) {
          throw CourseException.input(
              where + ": student id '" + id + "' is also on line " + earlier + "; keep one row");
        }
        entries.add(
            new RosterEntry(
                id,
                value(record, columns, "name").strip(),
                value(record, columns, "email").strip(),
                value(record, columns, "sis_id").strip(),
                value(record, columns, "section").strip()));
      }
      if (columns == null) {
        throw CourseException.input(
            shown + ": empty; the first line must be a header such as id,name,email,sis_id");
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw CourseException.input(shown + ": not a valid CSV file: " + e.getMessage(), e);
    }
    return entries;
  }

  private static Map<String, Integer> header(String shown, CSVRecord record) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip().toLowerCase(Locale.ROOT);
      if (!Set.copyOf(COLUMNS).contains(name)) {
        throw CourseException.input(
            shown
                + ":1: unknown column '"
                + record.get(i)
                + "'; the header may name "
                + String.join(", ", COLUMNS));
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw CourseException.input(shown + ":1: column '" + name + "' appears twice");
      }
    }
    if (!columns.containsKey("id")) {
      throw CourseException.input(
          shown
              + ":1: no 'id' column; the header needs id, and may add name, email, sis_id, section");
    }
    return columns;
  }

  private static String value(CSVRecord record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null || index >= record.size() ? "" : record.get(index);
  }
}
