package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who did what to whom, when and where, how sure the text is, and why Parley coded
 * it.
 *
 * @param dateSource where {@code date} came from: "time_expression" (a resolved expression in the
 *     clause), "publication" (the article's date), or "unknown"
 */
public record Event(
    String eventId,
    String docId,
    int sentenceIndex,
    String sentence,
    Optional<DateValue> date,
    String dateSource,
    EventParticipant source,
    Optional<EventParticipant> target,
    EventType type,
    Optional<Place> location,
    Modality modality,
    Evidence evidence,
    double confidence) {
  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }
}
