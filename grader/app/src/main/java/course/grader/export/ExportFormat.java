package course.grader.export;

import course.grader.gradebook.Gradebook;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The formats of {@code course gradebook export --format}. */
public enum ExportFormat {
  CSV,
  DETAILED_CSV,
  JSON,
  CANVAS,
  MOODLE;

  /** The name on the command line: {@code detailed-csv}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format named {@code text} (case-insensitive), or null. */
  public static ExportFormat fromWire(String text) {
    for (ExportFormat f : values()) {
      if (f.wireName().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    return null;
  }

  /** {@code csv, detailed-csv, ...} for messages. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::wireName).collect(Collectors.joining(", "));
  }

  /** The writer of this format; {@code detailed-csv} reads test results from the gradebook. */
  public SheetExport writer(Gradebook gradebook) {
    return writer(gradebook, Map.of());
  }

  /**
   * The writer of this format.
   *
   * @param canvasAssignments exercise slug → Canvas assignment id, for {@code canvas}'s headers
   */
  public SheetExport writer(Gradebook gradebook, Map<String, String> canvasAssignments) {
    return switch (this) {
      case CSV -> new CsvExport();
      case DETAILED_CSV -> new DetailedCsvExport(gradebook);
      case JSON -> new JsonExport();
      case CANVAS -> new CanvasExport(canvasAssignments);
      case MOODLE -> new MoodleExport();
    };
  }
}
