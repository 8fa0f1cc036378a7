package org.parley.model;

import java.util.Objects;

/**
 * What became of one input record: coded, a duplicate of another article, or skipped with a reason.
 *
 * @param detail the skip reason, or the id of the article this one duplicates
 * @param basis for a duplicate, what made it one: {@value #SAME_CONTENT}, {@value #SAME_URL},
 *     {@value #NEAR_DUPLICATE}, {@value #FEED_ITEM} or {@value #STORED_CONTENT}; empty otherwise
 * @param similarity for a duplicate, the estimated Jaccard similarity of the two bodies' word
 *     shingles (1 for the same content); 0 otherwise
 */
public record ArticleStatus(Kind kind, String detail, String basis, double similarity) {
  public static final String SAME_CONTENT = "same content";
  public static final String SAME_URL = "same url";
  public static final String NEAR_DUPLICATE = "near-duplicate";
  public static final String FEED_ITEM = "feed item of page";

  /** The same text as an article an earlier run coded into the store under another id. */
  public static final String STORED_CONTENT = "same content as a stored article";

  public enum Kind {
    CODED,
    DUPLICATE,
    SKIPPED
  }

  public ArticleStatus {
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
    basis = basis == null ? "" : basis;
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
    }
    if (kind == Kind.SKIPPED && detail.isBlank()) {
      throw new IllegalArgumentException("a skipped article needs a reason");
    }
  }

  public ArticleStatus(Kind kind, String detail) {
    this(kind, detail, kind == Kind.DUPLICATE ? SAME_CONTENT : "", kind == Kind.DUPLICATE ? 1 : 0);
  }

  public static ArticleStatus coded() {
    return new ArticleStatus(Kind.CODED, "");
  }

  public static ArticleStatus skipped(String reason) {
    return new ArticleStatus(Kind.SKIPPED, reason);
  }

  public static ArticleStatus duplicateOf(String articleId) {
    return new ArticleStatus(Kind.DUPLICATE, articleId);
  }

  /** A duplicate of {@code articleId} found by {@code basis} at {@code similarity}. */
  public static ArticleStatus duplicateOf(String articleId, String basis, double similarity) {
    return new ArticleStatus(Kind.DUPLICATE, articleId, basis, similarity);
  }

  /** The contract's string form: {@code coded}, {@code duplicate} or {@code skipped: REASON}. */
  public String label() {
    return switch (kind) {
      case CODED -> "coded";
      case DUPLICATE -> "duplicate";
      case SKIPPED -> "skipped: " + detail;
    };
  }
}
