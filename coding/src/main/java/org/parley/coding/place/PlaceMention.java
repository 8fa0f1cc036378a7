package org.parley.coding.place;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.CharSpan;
import org.parley.model.Place;

/**
 * A place as the text names it, before any gazetteer: the name ("Vladivostok"), the larger place
 * that follows it after a comma as its qualifier ("Russia" in "Vladivostok, Russia"), and what made
 * the finder take it for a place.
 *
 * @param sentence the sentence index
 * @param name the place name, without a leading article ("Kremlin" in "at the Kremlin")
 * @param span the name's characters in the article body
 * @param qualifier the comma-joined larger place, when there is one ("Texas" in "Paris, Texas")
 * @param qualifierSpan its characters in the body, present exactly when {@code qualifier} is
 * @param basis what says it is a place
 * @param reason how it was found, for the event's provenance
 */
public record PlaceMention(
    int sentence,
    String name,
    CharSpan span,
    Optional<String> qualifier,
    Optional<CharSpan> qualifierSpan,
    Basis basis,
    String reason) {

  /** What says that a name is a place. */
  public enum Basis {
    /** The named-entity tagger: LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE. */
    NER,
    /** The actor dictionaries: a country, a place, or a seat of government standing for one. */
    ACTOR,
    /**
     * Only the syntax: a capitalised name in a locative phrase ("at the Élysée"), which the tagger
     * did not take for a place. A gazetteer must confirm it before it gets coordinates.
     */
    NAME
  }

  public PlaceMention {
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence: must be >= 0, got " + sentence);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(qualifierSpan, "qualifierSpan");
    Objects.requireNonNull(basis, "basis");
    if (qualifier.isPresent() != qualifierSpan.isPresent()) {
      throw new IllegalArgumentException("qualifierSpan: must be present exactly with qualifier");
    }
    reason = reason == null ? "" : reason;
  }

  /** The event location this mention names, not yet resolved to coordinates. */
  public Place toPlace() {
    return Place.named(name, span, reason);
  }
}
