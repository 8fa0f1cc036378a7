package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in a sentence (tokens {@code [startToken, endToken)}), with its value resolved
 * against the publication date where it names a calendar date ("Wednesday" -> 2020-02-12, "last
 * year" -> 2018).
 */
public record TimeExpression(
    int sentence,
    int startToken,
    int endToken,
    String text,
    CharSpan span,
    Optional<DateValue> value) {
  public TimeExpression {
    if (endToken <= startToken) {
      throw new IllegalArgumentException(
          "empty token range [" + startToken + ", " + endToken + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }
}
