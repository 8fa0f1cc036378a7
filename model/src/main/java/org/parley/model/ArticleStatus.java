package org.parley.model;

import java.util.Objects;

/**
 * What became of one input record: coded, a duplicate of another article, or skipped with a reason.
 */
public record ArticleStatus(Kind kind, String detail) {
  public enum Kind {
    CODED,
    DUPLICATE,
    SKIPPED
  }

  public ArticleStatus {
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
    if (kind == Kind.SKIPPED && detail.isBlank()) {
      throw new IllegalArgumentException("a skipped article needs a reason");
    }
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

  /** The contract's string form: {@code coded}, {@code duplicate} or {@code skipped: REASON}. */
  public String label() {
    return switch (kind) {
      case CODED -> "coded";
      case DUPLICATE -> "duplicate";
      case SKIPPED -> "skipped: " + detail;
    };
  }
}
