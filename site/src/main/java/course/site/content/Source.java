package course.site.content;

import java.util.Optional;

/**
 * One reference a lesson is based on, from its {@code sources} front matter.
 *
 * @param url an external link, when given
 */
public record Source(String title, Optional<String> url) {}
