package org.parley.coding;

import java.util.List;
import java.util.Objects;
import org.parley.coding.actor.ActorResolver;
import org.parley.coding.event.EventCoder;
import org.parley.coding.quote.QuoteAttributor;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.ParseSelector;
import org.parley.model.ParsedDocument;
import org.parley.model.Quote;

/**
 * The coding stage, assembled in one place: actors, then events (with modality, dates and places),
 * then quotes. Thread-safe once built: it holds only read-only dictionaries.
 */
public final class Coder {
  private final Dictionaries dictionaries;
  private final ActorResolver actors;
  private final EventCoder events;
  private final QuoteAttributor quotes = new QuoteAttributor();
  private final ParseCandidates parseSelector;

  public Coder(Dictionaries dictionaries) {
    this(dictionaries, false);
  }

  /**
   * @param keepUncataloguedCodes emit events whose code the dictionaries give but the CAMEO
   *     codebook lacks (PETRARCH's validation dictionaries use such test codes); by default such a
   *     code is replaced by its nearest catalogued parent, or the event is not coded
   */
  public Coder(Dictionaries dictionaries, boolean keepUncataloguedCodes) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.actors = new ActorResolver(dictionaries);
    this.events = new EventCoder(dictionaries, keepUncataloguedCodes);
    this.parseSelector = new ParseCandidates(dictionaries);
  }

  /**
   * The sentences this coder can use a dependency parse for, from its own dictionaries: what the
   * NLP stage should parse for it. A parse chosen for other dictionaries may miss its events.
   */
  public ParseSelector parseSelector() {
    return parseSelector;
  }

  public CodedDocument code(ParsedDocument doc) {
    List<ActorMention> mentions = actors.resolve(doc);
    List<Event> evs = events.code(doc, mentions);
    List<Quote> qs = quotes.attribute(doc, mentions, evs);
    return new CodedDocument(doc, mentions, evs, qs);
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }
}
