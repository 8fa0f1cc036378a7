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
    List<CharSpan> removed) {

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
  }

  /**
   * Maps an offset in {@code body} to the offset in the original text, given that {@code removed}
   * spans (sorted, non-overlapping, original offsets) were cut out to make the body.
   */
  public int toOriginalOffset(int bodyOffset) {
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
