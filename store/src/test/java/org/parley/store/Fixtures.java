package org.parley.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Dependency;
import org.parley.model.DictionaryEntry;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Modality;
import org.parley.model.ParsedDocument;
import org.parley.model.Place;
import org.parley.model.Quote;
import org.parley.model.ResolvedBy;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Small hand-built model records: one article, one sentence, two mentions, one event, one quote.
 */
public final class Fixtures {
  /** "Moon visited Tokyo." plus a quote; offsets below are into this text. */
  public static final String BODY = "Moon visited Tokyo. \"We will talk,\" Moon said.";

  private Fixtures() {}

  public static Article article(String id) {
    return article(id, "Moon visits Tokyo");
  }

  public static Article article(String id, String title) {
    return new Article(
        id,
        "seeds/" + id + ".txt",
        Optional.of("https://example.org/" + id),
        Optional.of("Example News"),
        Optional.of(DateValue.parse("2020-02-12").orElseThrow()),
        "manifest",
        Optional.of("en"),
        Optional.of(title),
        Optional.empty(),
        BODY,
        "ab12",
        List.of());
  }

  public static CodedDocument document(String id) {
    return document(article(id));
  }

  public static CodedDocument document(Article article) {
    String id = article.id();
    Sentence sentence =
        new Sentence(
            0,
            "Moon visited Tokyo.",
            new CharSpan(0, 19),
            List.of(
                new Token(0, "Moon", "Moon", "NNP", "PERSON", new CharSpan(0, 4)),
                new Token(1, "visited", "visit", "VBD", "O", new CharSpan(5, 12)),
                new Token(2, "Tokyo", "Tokyo", "NNP", "CITY", new CharSpan(13, 18)),
                new Token(3, ".", ".", ".", "O", new CharSpan(18, 19))),
            List.of(
                new Dependency(1, 0, "nsubj"),
                new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj")),
            List.of());
    ParsedDocument parsed =
        new ParsedDocument(article, List.of(sentence), List.of(), List.of(), Map.of());
    DictionaryEntry moonEntry =
        new DictionaryEntry("Phoenix.Countries.actors.txt", 39559, "MOON_JAE-IN_");
    ActorMention moon =
        new ActorMention(
            id,
            0,
            0,
            1,
            0,
            "Moon",
            new CharSpan(0, 4),
            "person",
            Optional.of(new ActorCode("KORGOV")),
            ResolvedBy.DICTIONARY,
            List.of(moonEntry),
            "dictionary actor");
    ActorMention tokyo =
        new ActorMention(
            id,
            0,
            2,
            3,
            2,
            "Tokyo",
            new CharSpan(13, 18),
            "place",
            Optional.of(new ActorCode("JPN")),
            ResolvedBy.METONYMY,
            List.of(),
            "capital city");
    Event event =
        new Event(
            id + "-0-0",
            id,
            0,
            "Moon visited Tokyo.",
            Optional.of(DateValue.parse("2020-02-12").orElseThrow()),
            "publication",
            EventParticipant.of(moon),
            Optional.of(EventParticipant.of(tokyo)),
            new EventType(
                "042", "Make a visit", Optional.of("CONSULT"), Optional.of("visit"), 1.9, 1, 1),
            Optional.of(
                new Place(
                    "Tokyo",
                    new CharSpan(13, 18),
                    Optional.of("JPN"),
                    Optional.of(35.69),
                    Optional.of(139.69),
                    "object of visit",
                    Optional.of("Tokyo"),
                    Optional.of(1850147L),
                    Optional.of("city"),
                    "city in JPN, Tokyo, pop 8.3M")),
            Modality.ASSERTED,
            new Evidence(
                "visited",
                new CharSpan(5, 12),
                "verb:VISIT",
                List.of(new DictionaryEntry("CAMEO.verbpatterns.txt", 12, "VISIT"), moonEntry),
                List.of()),
            0.8);
    Quote quote =
        new Quote(
            id + "-q0",
            id,
            "We will talk,",
            new CharSpan(21, 34),
            Optional.of("Moon"),
            Optional.of(new CharSpan(36, 40)),
            Optional.of(new ActorCode("KORGOV")),
            Optional.of("said"),
            Optional.empty());
    return new CodedDocument(parsed, List.of(moon, tokyo), List.of(event), List.of(quote));
  }

  /** An article with its own outlet and publication date ("2019-02-28", or null for none). */
  public static Article article(String id, String outlet, String published) {
    return new Article(
        id,
        "seeds/" + id + ".txt",
        Optional.of("https://example.org/" + id),
        Optional.ofNullable(outlet),
        published == null ? Optional.empty() : DateValue.parse(published),
        "manifest",
        Optional.of("en"),
        Optional.of(id),
        Optional.empty(),
        BODY,
        "ab12",
        List.of());
  }

  /** A participant with {@code code} ("KORGOV": country KOR, sector GOV). */
  public static EventParticipant actor(String code) {
    return new EventParticipant(
        code, new CharSpan(0, 4), new ActorCode(code), ResolvedBy.DICTIONARY);
  }

  /** A resolved place with a GeoNames id (null for none). */
  public static Place place(String name, String country, Long geonamesId) {
    return new Place(
        name,
        new CharSpan(13, 18),
        Optional.ofNullable(country),
        Optional.of(21.0),
        Optional.of(105.8),
        "test place",
        Optional.empty(),
        Optional.ofNullable(geonamesId),
        Optional.of("city"),
        "test");
  }

  /**
   * A hand-made event: {@code target} may be null, {@code date} an ISO day, month or year or null,
   * {@code place} null for none; Goldstein, quad and penta class as given.
   */
  public static Event event(
      String docId,
      int ordinal,
      int sentence,
      String source,
      String target,
      String code,
      String date,
      Modality modality,
      Place place,
      double goldstein,
      int quad,
      int penta) {
    return new Event(
        docId + "-" + sentence + "-" + ordinal,
        docId,
        sentence,
        "Sentence " + sentence + " of " + docId + ".",
        date == null ? Optional.empty() : DateValue.parse(date),
        date == null ? "none" : "time_expression",
        actor(source),
        Optional.ofNullable(target).map(Fixtures::actor),
        new EventType(
            code, "test " + code, Optional.empty(), Optional.empty(), goldstein, quad, penta),
        Optional.ofNullable(place),
        modality,
        new Evidence("met", new CharSpan(5, 12), "test", List.of(), List.of()),
        0.8);
  }

  /** {@code article} coded with exactly {@code events} (one sentence, no mentions or quotes). */
  public static CodedDocument document(Article article, List<Event> events) {
    return new CodedDocument(document(article).parsed(), List.of(), events, List.of());
  }

  /** {@code e} under another event id (to make two documents claim one id). */
  public static Event withEventId(Event e, String eventId) {
    return new Event(
        eventId,
        e.docId(),
        e.sentenceIndex(),
        e.sentence(),
        e.date(),
        e.dateSource(),
        e.source(),
        e.target(),
        e.type(),
        e.location(),
        e.modality(),
        e.evidence(),
        e.confidence());
  }
}
