package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation with its speaker. {@code speakerText}/{@code speakerSpan} are the words naming the
 * speaker (empty when no speaker was found); {@code cue} the verb that introduces the quote
 * ("said", "told").
 */
public record Quote(
    String quoteId,
    String docId,
    String text,
    CharSpan span,
    Optional<String> speakerText,
    Optional<CharSpan> speakerSpan,
    Optional<ActorCode> speakerCode,
    Optional<String> cue,
    Optional<String> eventId) {
  public Quote {
    Objects.requireNonNull(quoteId, "quoteId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speakerText, "speakerText");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
    Objects.requireNonNull(speakerCode, "speakerCode");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(eventId, "eventId");
  }
}
