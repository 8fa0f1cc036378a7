package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as ingested. {@code body} is the story text after page furniture was removed;
 * every span anywhere in Parley points into it. {@code removed} lists the spans of the original
 * text that were cut as furniture, in original-text offsets, so a body offset can be mapped back
 * ({@link #toOriginalOffset}).
 *
 * @param id stable identifier (from the manifest or JSONL record, else derived from the file name)
 * @param source where it was read from (file path, and record number for multi-record files)
 * @param published publication date, empty when unknown
 * @param publishedSource where {@code published} came from: "manifest", "record", "dateline" or
 *     "unknown"
 * @param sha256 hex SHA-256 of {@code body}
 * @param sourceMap for a body extracted from markup (an HTML page), the runs of body characters
 *     copied from the source, in body order; empty when the body is the source text with {@code
 *     removed} cut out
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    Optional<String> outlet,
    Optional<DateValue> published,
    String publishedSource,
    Optional<String> language,
    Optional<String> title,
    Optional<String> byline,
    String body,
    String sha256,
    List<CharSpan> removed,
    List<SourceSegment> sourceMap) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedSource, "publishedSource");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
    removed = List.copyOf(removed);
    sourceMap = List.copyOf(sourceMap);
  }

  /** An article whose body is its source text with {@code removed} cut out. */
  public Article(
      String id,
      String source,
      Optional<String> url,
      Optional<String> outlet,
      Optional<DateValue> published,
      String publishedSource,
      Optional<String> language,
      Optional<String> title,
      Optional<String> byline,
      String body,
      String sha256,
      List<CharSpan> removed) {
    this(
        id,
        source,
        url,
        outlet,
        published,
        publishedSource,
        language,
        title,
        byline,
        body,
        sha256,
        removed,
        List.of());
  }

  /**
   * Maps an offset in {@code body} to the offset in the original text, given that {@code removed}
   * spans (sorted, non-overlapping, original offsets) were cut out to make the body.
   */
  public int toOriginalOffset(int bodyOffset) {
    if (!sourceMap.isEmpty()) {
      return SourceSegment.toSource(sourceMap, bodyOffset);
    }
    int shift = 0;
    for (CharSpan r : removed) {
      if (r.begin() <= bodyOffset + shift) {
        shift += r.length();
      } else {
        break;
      }
    }
    return bodyOffset + shift;
  }
}
