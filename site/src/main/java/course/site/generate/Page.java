package course.site.generate;

/**
 * One HTML page of the site while it is being built.
 *
 * @param source the Markdown file it comes from (relative to the course root)
 * @param output the HTML file (relative to the site root)
 * @param id a stable id: the single-page edition's anchor for this page
 * @param section the sidebar group: a part title or "Exercises"; empty for the home page
 * @param body what the site takes from the parsed body; null when the course is only checked
 * @param bodyLine the 1-based line of the source where the body starts
 */
record Page(
    String source,
    String output,
    String id,
    String title,
    String section,
    Body body,
    int bodyLine) {}
