package org.parley.model;

import java.util.Objects;

/**
 * A quotation found in the text (the quoted words, without the quote marks when the text has them),
 * spanning sentences {@code [firstSentence, lastSentence]}. Speaker attribution is done by the
 * coding stage.
 */
public record Quotation(String text, CharSpan span, int firstSentence, int lastSentence) {
  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (lastSentence < firstSentence) {
      throw new IllegalArgumentException("lastSentence < firstSentence");
    }
  }
}
