package course.site.generate;

import course.site.markdown.HeadingAnchors;
import course.site.markdown.PlainText;
import course.site.markdown.VersionTag;
import course.site.templates.Views;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The "what changed when" page ({@code changes.html}): every version tag of the course, grouped by
 * release, each with the sentence it tags and a link to the heading above it. Generated from the
 * tags, so the page and the lessons cannot disagree.
 */
final class ChangesPage {
  /** The page's path from the site root. */
  static final String PATH = "changes.html";

  private ChangesPage() {}

  /** A version tag of a page: its release and its entry on the changes page. */
  record Tag(String version, Views.Change change) {}

  /** The version tags of the page {@code output} titled {@code title}, in text order. */
  static List<Tag> tags(Node document, String title, String output) {
    List<Tag> tags = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          private Heading heading;
          // Only pages with a version tag need their heading ids (most have none).
          private Map<Heading, String> ids;

          @Override
          public void visit(Heading h) {
            heading = h;
            visitChildren(h);
          }

          @Override
          public void visit(CustomNode node) {
            if (node instanceof VersionTag tag && tag.error().isEmpty()) {
              String where = title + (heading == null ? "" : " › " + HeadingAnchors.text(heading));
              if (ids == null) {
                ids = HeadingAnchors.ids(document);
              }
              String href =
                  SitePaths.relative(PATH, output)
                      + (heading == null ? "" : "#" + ids.get(heading));
              tags.add(
                  new Tag(
                      tag.version(), new Views.Change(tag.label(), sentence(tag), href, where)));
            }
            visitChildren(node);
          }
        });
    return tags.isEmpty() ? List.of() : tags;
  }

  /** The page's model from {@code pages}, in reading order. */
  static Views.Changes of(List<Page> pages) {
    Map<String, List<Views.Change>> byRelease =
        new TreeMap<>(Comparator.comparing(ChangesPage::numbers, Arrays::compare));
    for (Page page : pages) {
      for (Tag tag : page.body().tags()) {
        byRelease.computeIfAbsent(tag.version(), v -> new ArrayList<>()).add(tag.change());
      }
    }
    List<Views.Release> releases = new ArrayList<>();
    Map<String, List<Views.Change>> ordered = new LinkedHashMap<>(byRelease);
    ordered.forEach(
        (version, changes) ->
            releases.add(
                new Views.Release(
                    "kafka-" + version.replace('.', '-'), "Kafka " + version, changes)));
    return new Views.Changes(releases);
  }

  /** The text of the block holding {@code tag} (a paragraph, a list item, a table cell), cut. */
  private static String sentence(VersionTag tag) {
    Node block = tag.getParent();
    String text =
        block == null
            ? ""
            : PlainText.of(block)
                .replaceAll("\\s+", " ")
                .replace(" )", ")")
                .replace(" ,", ",")
                .strip();
    return text.length() <= 280 ? text : text.substring(0, 279) + "…";
  }

  private static int[] numbers(String version) {
    String[] parts = version.split("\\.");
    int[] n = new int[3];
    for (int i = 0; i < Math.min(3, parts.length); i++) {
      n[i] = Integer.parseInt(parts[i]);
    }
    return n;
  }
}
