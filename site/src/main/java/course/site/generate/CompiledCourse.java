package course.site.generate;

import course.catalog.Exercise;
import course.catalog.Problem;
import course.site.content.Content;
import course.site.content.Lesson;
import course.site.content.Part;
import course.site.content.Unreadable;
import course.site.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the build knows once the course is read and checked: {@link SiteBuilder} fills it,
 * {@link SiteWriter} and {@link ErrorPages} read it (so the builder depends on the writer, never
 * the other way round).
 */
final class CompiledCourse {
  final List<Problem> problems = new ArrayList<>();
  final Map<String, Page> pages = new LinkedHashMap<>();
  Content content;
  List<Exercise> exercises = List.of();
  final Map<String, Exercise> exerciseByPage = new HashMap<>();
  final Map<String, Lesson> lessonByPage = new HashMap<>();
  final Map<String, Part> partByPage = new HashMap<>();

  /** Every output path of the site, for link checks. */
  Set<String> outputs = Set.of();

  /** The ids a link may target on each page (its headings and the template's). */
  final Map<String, Set<String>> ids = new HashMap<>();

  /** Exercise pages whose folder exists but whose exercise.md could not be loaded. */
  final List<Unreadable> unreadableExercises = new ArrayList<>();

  /** The search index's terms, numbered once for the build: the preview adds pages again. */
  final SearchIndex.Dictionary terms = new SearchIndex.Dictionary();

  /** The dictionary for the page {@code output}'s terms, or null when search leaves it out. */
  SearchIndex.Dictionary dictionaryFor(String output) {
    return lessonByPage.containsKey(output) || exerciseByPage.containsKey(output) ? terms : null;
  }

  /** Ids of lessons and parts that exist but could not be read. */
  Set<String> unreadableIds() {
    Set<String> ids = new HashSet<>();
    content.unreadable().forEach(u -> ids.add(u.id()));
    return ids;
  }
}
