package org.parley.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata about one document as its source states it; values are as written (a published date is
 * parsed later, so that a bad one becomes a diagnostic, not a lost record).
 */
public record SourceMetadata(
    Optional<String> id,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> published,
    Optional<String> language,
    Optional<String> title) {
  public SourceMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
  }

  public static SourceMetadata none() {
    return new SourceMetadata(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The metadata fields of a JSON object (manifest line or JSONL record). */
  public static SourceMetadata fromJson(JsonNode object) {
    return new SourceMetadata(
        findText(object, "id"),
        findText(object, "url"),
        findText(object, "outlet"),
        findText(object, "published"),
        findText(object, "language"),
        findText(object, "title"));
  }

  /** A field's value as text when it is a non-blank scalar (a numeric id reads as its digits). */
  public static Optional<String> findText(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || !v.isValueNode() || v.isNull()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
