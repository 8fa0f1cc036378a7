package org.parley.ingest.language;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LanguageDetector} decided about one text. An empty language is a decision too (too
 * short, too uncertain, or a language without a two-letter code), and {@code reason} says which, so
 * that an article coded as English-unknown can be explained later.
 *
 * @param language ISO 639-1 code in lower case ("en", "ko"), or empty when no language was decided
 * @param confidence how sure the decision is, from 0 (no evidence) to 1
 * @param reason a short human-readable account of the decision
 */
public record Detection(Optional<String> language, double confidence, String reason) {
  public Detection {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(reason, "reason");
    language.ifPresent(
        code -> {
          if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code: " + code);
          }
        });
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  static Detection of(String language, double confidence, String reason) {
    return new Detection(Optional.of(language), confidence, reason);
  }

  static Detection none(double confidence, String reason) {
    return new Detection(Optional.empty(), confidence, reason);
  }
}
