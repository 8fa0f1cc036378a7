package org.parley.model;

import java.util.Objects;

/**
 * One token of a sentence. {@code index} is 0-based within the sentence; {@code span} points into
 * the article body. {@code ner} is the named-entity label ("O" when none).
 */
public record Token(int index, String word, String lemma, String pos, String ner, CharSpan span) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    Objects.requireNonNull(word, "word");
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
    Objects.requireNonNull(span, "span");
  }
}
