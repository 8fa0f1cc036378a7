package org.parley.model;

import java.util.List;
import java.util.Objects;

/** The output of the coding stage for one article. */
public record CodedDocument(
    ParsedDocument parsed, List<ActorMention> mentions, List<Event> events, List<Quote> quotes) {
  public CodedDocument {
    Objects.requireNonNull(parsed, "parsed");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  public Article article() {
    return parsed.article();
  }
}
