package course.site.generate;

import org.commonmark.node.Node;

/**
 * One HTML page of the site while it is being built.
 *
 * @param source the Markdown file it comes from (relative to the course root)
 * @param output the HTML file (relative to the site root)
 * @param id a stable id: the single-page edition's anchor for this page
 * @param section the sidebar group: a part title or "Exercises"; empty for the home page
 * @param document the parsed body, links already rewritten for {@link #output}
 * @param bodyLine the 1-based line of the source where the body starts
 */
record Page(
    String source,
    String output,
    String id,
    String title,
    String section,
    Node document,
    int bodyLine) {}
