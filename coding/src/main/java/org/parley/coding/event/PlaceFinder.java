package org.parley.coding.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.coding.actor.MentionIndex;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.Place;
import org.parley.model.ResolvedBy;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Finds where an event happened as the text names it: a place in a locative phrase of the trigger
 * ("arrived in Moscow", "met ... at Cheong Wa Dae", "a summit ... in Vladivostok, Russia"). Names
 * only: coordinates come from the gazetteer (a later stage).
 */
final class PlaceFinder {
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside");
  private static final Set<String> PLACE_NER =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

  private final MentionIndex mentions;

  PlaceFinder(MentionIndex mentions) {
    this.mentions = mentions;
  }

  boolean isPlace(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (PLACE_NER.contains(t.ner())) {
      return true;
    }
    Optional<ActorMention> m = mentions.at(s.index(), token);
    return m.isPresent()
        && (m.get().resolvedBy() == ResolvedBy.METONYMY
            || m.get().kind().equals("place")
            || m.get().kind().equals("country"));
  }

  /** Whether the token heads a country name (not a city or building standing for it). */
  boolean isCountry(Sentence s, int token) {
    Optional<ActorMention> m = mentions.at(s.index(), token);
    return "COUNTRY".equals(s.tokens().get(token).ner())
        || m.isPresent() && m.get().kind().equals("country");
  }

  /**
   * The first locative phrase naming a place on any of {@code hosts} (the trigger, then its light
   * verb).
   */
  Optional<Place> find(Sentence s, String body, List<Integer> hosts) {
    for (int h : hosts) {
      for (int obl : Clauses.children(s, h, "obl", "nmod")) {
        Optional<String> p = Clauses.preposition(s, obl);
        if (p.isPresent() && LOCATIVE.contains(p.get()) && isPlace(s, obl)) {
          return Optional.of(
              place(s, body, obl, "locative phrase '" + p.get() + "' of the trigger"));
        }
      }
    }
    return Optional.empty();
  }

  /** The place named by the object of a movement or visit ("visited Washington"). */
  Optional<Place> objectPlace(Sentence s, String body, int host) {
    for (int obj : Clauses.children(s, host, "obj")) {
      if (isPlace(s, obj)) {
        return Optional.of(place(s, body, obj, "destination of the trigger"));
      }
    }
    return Optional.empty();
  }

  private Place place(Sentence s, String body, int head, String reason) {
    int start = head;
    int end = head + 1;
    while (start > 0
        && s.tokens().get(start - 1).pos().startsWith("NNP")
        && s.headEdge(start - 1)
            .map(e -> e.governor() == head || e.governor() == head - 1)
            .orElse(false)) {
      start--;
    }
    while (end < s.tokens().size()
        && s.tokens().get(end).pos().startsWith("NNP")
        && s.headEdge(end)
            .map(
                e ->
                    e.governor() == head
                        && (e.relation().startsWith("flat") || e.relation().startsWith("compound")))
            .orElse(false)) {
      end++;
    }
    CharSpan span = s.spanOf(start, end);
    return Place.named(span.of(body), span, reason);
  }
}
