package org.parley.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Modality;
import org.parley.model.ResolvedBy;
import org.parley.store.Fixtures;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import org.parley.store.cluster.Clusterer;

/**
 * A small DuckDB store for the API tests, written through the store's own write methods: the store
 * tests' Moon-visits-Tokyo article (a1, with a quote), an article whose body carries HTML and
 * script (x1), two articles reporting the same Hanoi summit (b1, b2, which cluster), and a skipped
 * article (s1).
 */
final class TestStore {
  static final String RUN = "run-20200301000000-abcdef";
  static final String HOSTILE_BODY =
      "<script>alert(1)</script> Kim met Trump in Hanoi. <img src=x onerror=alert(1)> \"Bye\"";

  private TestStore() {}

  static Path create(Path dir) {
    Path file = dir.resolve("api.duckdb");
    fill(file.toString());
    return file;
  }

  /** Writes the fixture records into the (new, empty) store at {@code location}. */
  static void fill(String location) {
    try (Store store = Store.open(location)) {
      store.writeRun(
          new RunRecord(
              RUN,
              Instant.parse("2020-03-01T00:00:00Z"),
              "0.1.0",
              "4.5.10",
              Map.of("job", "test"),
              Map.of("a.txt", "aa")));
      store.writeCoded(Fixtures.document("a1"), List.of(), RUN);
      store.writeCoded(hostile(), List.of(), RUN);
      store.writeCoded(
          Fixtures.document(
              Fixtures.article("b1", "Other News", "2019-02-28"),
              List.of(
                  Fixtures.event(
                      "b1",
                      0,
                      0,
                      "PRKGOV",
                      "USAGOV",
                      "036",
                      "2019-02-27",
                      Modality.ASSERTED,
                      Fixtures.place("Hanoi", "VNM", 1581130L),
                      4.0,
                      1,
                      1),
                  Fixtures.event(
                      "b1",
                      1,
                      0,
                      "USA",
                      "PRK",
                      "112",
                      "2019-03",
                      Modality.NEGATED,
                      null,
                      -2.0,
                      3,
                      3),
                  Fixtures.event(
                      "b1", 2, 0, "RUS", null, "010", null, Modality.ASSERTED, null, 0.0, 1, 0))),
          List.of(),
          RUN);
      store.writeCoded(
          Fixtures.document(
              Fixtures.article("b2", "Example News", "2019-02-28"),
              List.of(
                  Fixtures.event(
                      "b2",
                      0,
                      0,
                      "PRKGOV",
                      "USAGOV",
                      "036",
                      "2019-02-27",
                      Modality.ASSERTED,
                      Fixtures.place("Hanoi", "VNM", 1581130L),
                      4.0,
                      1,
                      1))),
          List.of(),
          RUN);
      store.writeArticle(
          Fixtures.article("s1", "Other News", null),
          ArticleStatus.skipped("empty"),
          List.of(),
          RUN);
      Clusterer.rebuild(store, RUN);
      store.finishRun(RUN, Instant.parse("2020-03-01T00:01:00Z"), Map.of("coded", 4L));
    }
  }

  /** x1: a body with markup that must reach clients as text; one event, KORGOV -> PRK. */
  private static CodedDocument hostile() {
    Article a =
        new Article(
            "x1",
            "seeds/x1.txt",
            Optional.of("https://example.org/x1?<b>"),
            Optional.of("Example News"),
            DateValue.parse("2019-02-27"),
            "manifest",
            Optional.of("en"),
            Optional.of("<script>alert('title')</script>"),
            Optional.empty(),
            HOSTILE_BODY,
            "x1sha",
            List.of());
    int kim = HOSTILE_BODY.indexOf("Kim");
    int met = HOSTILE_BODY.indexOf("met");
    int trump = HOSTILE_BODY.indexOf("Trump");
    Event e =
        new Event(
            "x1-0-0",
            "x1",
            0,
            "Kim met Trump in Hanoi.",
            DateValue.parse("2019-02-27"),
            "publication",
            new EventParticipant(
                "Kim", new CharSpan(kim, kim + 3), new ActorCode("PRKGOV"), ResolvedBy.DICTIONARY),
            Optional.of(
                new EventParticipant(
                    "Trump",
                    new CharSpan(trump, trump + 5),
                    new ActorCode("USAGOV"),
                    ResolvedBy.DICTIONARY)),
            new EventType("040", "Consult", Optional.of("CONSULT"), Optional.empty(), 1.0, 1, 1),
            Optional.empty(),
            Modality.ASSERTED,
            new Evidence("met", new CharSpan(met, met + 3), "verb:MEET", List.of(), List.of()),
            0.9);
    return new CodedDocument(Fixtures.document(a).parsed(), List.of(), List.of(e), List.of());
  }
}
