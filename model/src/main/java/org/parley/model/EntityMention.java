package org.parley.model;

import java.util.Objects;

/**
 * A named entity found by the NLP stage: tokens {@code [startToken, endToken)} of sentence {@code
 * sentence}, with its type (PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, MISC, ...).
 */
public record EntityMention(
    int sentence, int startToken, int endToken, String type, String text, CharSpan span) {
  public EntityMention {
    if (endToken <= startToken) {
      throw new IllegalArgumentException(
          "empty token range [" + startToken + ", " + endToken + ")");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
