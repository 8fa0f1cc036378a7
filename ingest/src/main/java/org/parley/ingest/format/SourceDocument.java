package org.parley.ingest.format;

import java.util.List;
import java.util.Objects;
import org.parley.model.Diagnostic;

/**
 * One document's raw text and metadata, before furniture is stripped.
 *
 * @param file the file it was read from
 * @param record where in the file (a line number), empty for single-document files
 * @param defaultId the id to use when the metadata gives none (the file name without extension)
 * @param text the full decoded text (plain text, or the page's HTML source when {@code type} is
 *     {@link ContentType#HTML}); all offsets kept for the article refer to it
 * @param type whether {@code text} is plain text or HTML whose story must be extracted
 * @param metadata what the manifest, the record or the container (WARC headers, feed item) says
 * @param metadataOrigin {@code "manifest"}, {@code "record"}, {@code "feed"} (an item of an RSS or
 *     Atom feed, which the page it links to supersedes when that page is read too) or {@code
 *     "none"}
 * @param diagnostics warnings raised while reading (e.g. an encoding fallback)
 */
public record SourceDocument(
    String file,
    String record,
    String defaultId,
    String text,
    ContentType type,
    SourceMetadata metadata,
    String metadataOrigin,
    List<Diagnostic> diagnostics)
    implements SourceItem {
  public static final String ORIGIN_MANIFEST = "manifest";
  public static final String ORIGIN_RECORD = "record";
  public static final String ORIGIN_FEED = "feed";
  public static final String ORIGIN_NONE = "none";

  /** What {@code text} holds. */
  public enum ContentType {
    TEXT,
    HTML
  }

  public SourceDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(defaultId, "defaultId");
    if (defaultId.isBlank()) {
      throw new IllegalArgumentException("defaultId must not be blank");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metadata, "metadata");
    if (!List.of(ORIGIN_MANIFEST, ORIGIN_RECORD, ORIGIN_FEED, ORIGIN_NONE)
        .contains(metadataOrigin)) {
      throw new IllegalArgumentException(
          "metadataOrigin must be manifest, record, feed or none, was " + metadataOrigin);
    }
    diagnostics = List.copyOf(diagnostics);
  }

  @Override
  public String location() {
    return record.isEmpty() ? file : file + ":" + record;
  }
}
