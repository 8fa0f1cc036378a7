package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Diagnostic;

/**
 * What became of one input record. The article is present when the status is coded (ready to code)
 * or duplicate (the article as read, for the record); a skipped record has one when it was read far
 * enough to know its id and metadata (a record in another language), else none. A skip's reason is
 * in the status and its diagnostics.
 *
 * @param location the file, or {@code file:line} for multi-record files
 */
public record IngestRecord(
    String location,
    Optional<Article> article,
    ArticleStatus status,
    List<Diagnostic> diagnostics) {
  public IngestRecord {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    diagnostics = List.copyOf(diagnostics);
    boolean skipped = status.kind() == ArticleStatus.Kind.SKIPPED;
    if (article.isEmpty() && !skipped) {
      throw new IllegalArgumentException(
          "article must be present when the status is not skipped, status was " + status.label());
    }
  }

  public static IngestRecord skipped(String location, String reason, List<Diagnostic> diagnostics) {
    return new IngestRecord(location, Optional.empty(), ArticleStatus.skipped(reason), diagnostics);
  }

  /**
   * The article, or for a record that never became one (an invalid JSON line, a binary file) an
   * empty article kept under its location as id, so that it still has its line in {@code
   * articles.jsonl} and the store.
   */
  public Article articleOrPlaceholder() {
    return article.orElseGet(() -> ArticleAssembler.placeholder(location));
  }

  /** The article to code: present only when the status is coded. */
  public Optional<Article> findCodable() {
    return status.kind() == ArticleStatus.Kind.CODED ? article : Optional.empty();
  }
}
