package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Diagnostic;
import org.parley.model.Event;
import org.parley.store.contract.ContractJson;
import org.parley.store.contract.ContractMaps;
import org.parley.store.schema.Migrations;

class StoreTest {
  private static final String RUN = "run-1";
  private static final List<String> DOC_TABLES =
      List.of("sentences", "mentions", "events", "quotes");

  @TempDir Path dir;
  private String file;
  private Store store;

  @BeforeEach
  void open() {
    file = newLocation();
    store = Store.open(file);
  }

  /** Where each test's store lives: a DuckDB file here, PostgreSQL in {@code StorePgIT}. */
  protected String newLocation() {
    return dir.resolve("parley.duckdb").toString();
  }

  /** A connection of another client to the store at {@code location}. */
  protected Connection connect(String location) throws java.sql.SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + location);
  }

  /**
   * Selects, from the one event of d1: source code, country and sectors, target code and begin,
   * CAMEO code, Goldstein, place, trigger begin, whether the entries hold the verb pattern, and the
   * JSON's CAMEO code, in the engine's SQL.
   */
  protected String flatColumnsQuery() {
    return "SELECT source_code, source_country, source_sectors, target_code, target_begin, cameo_code,"
        + " goldstein, location_name, trigger_begin, list_contains(entries, 'CAMEO.verbpatterns.txt:12"
        + " VISIT'), json->>'$.cameo_code' FROM events";
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void code(CodedDocument doc) {
    store.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), RUN);
    store.writeDocument(doc, RUN);
  }

  private List<Long> counts() {
    return DOC_TABLES.stream().map(store::count).toList();
  }

  @Test
  void writingTheSameDocumentTwiceLeavesCountsUnchanged() {
    code(Fixtures.document("d1"));
    assertThat(counts()).containsExactly(1L, 2L, 1L, 1L);
    code(Fixtures.document("d1"));
    assertThat(counts()).containsExactly(1L, 2L, 1L, 1L);
    assertThat(store.count("articles")).isEqualTo(1);
    code(Fixtures.document("d2"));
    assertThat(counts()).containsExactly(2L, 4L, 2L, 2L);
  }

  @Test
  void findEventReturnsItsContractJsonAndItsArticle() {
    CodedDocument doc = Fixtures.document("d1");
    code(doc);
    Event event = doc.events().get(0);

    Map<String, Object> found = store.findEvent("d1-0-0").orElseThrow();

    Map<String, Object> withoutArticle = new java.util.LinkedHashMap<>(found);
    Object article = withoutArticle.remove("article");
    assertThat(ContractJson.write(withoutArticle))
        .isEqualTo(ContractJson.write(ContractMaps.event(event, RUN)));
    assertThat(found.get("cameo_code")).isEqualTo("042");
    assertThat(ContractJson.write(article))
        .isEqualTo(
            ContractJson.write(
                ordered(
                    "id", "d1",
                    "title", "Moon visits Tokyo",
                    "url", "https://example.org/d1",
                    "outlet", "Example News",
                    "published", "2020-02-12",
                    "body", Fixtures.BODY)));
    assertThat(store.findEvent("no-such-event")).isEmpty();
  }

  @Test
  void listsEventsAndQuotesInDocumentOrderUpToTheLimit() {
    code(Fixtures.document("d2"));
    code(Fixtures.document("d1"));
    assertThat(store.events(10))
        .extracting(m -> m.get("event_id"))
        .containsExactly("d1-0-0", "d2-0-0");
    assertThat(store.events(1)).extracting(m -> m.get("event_id")).containsExactly("d1-0-0");
    assertThat(store.quotes(10))
        .extracting(m -> m.get("quote_id"))
        .containsExactly("d1-q0", "d2-q0");
    assertThat(store.eventsOf("d2")).extracting(m -> m.get("event_id")).containsExactly("d2-0-0");
    assertThat(store.quotesOf("d3")).isEmpty();
    assertThatThrownBy(() -> store.events(-1)).hasMessageContaining("limit");
  }

  @Test
  void reopeningKeepsDataAndDoesNotReapplyMigrations() {
    code(Fixtures.document("d1"));
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    store.close();

    store = Store.open(file);

    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.count("schema_version")).isEqualTo(Migrations.latest());
    assertThat(store.count("events")).isEqualTo(1);
    assertThat(store.findEvent("d1-0-0")).isPresent();
  }

  @Test
  void storesHostileTextVerbatim() {
    String hostile = "O'Brien said \"'; DROP TABLE events; --\" \\ ok";
    Article article = Fixtures.article("it's'; DROP TABLE events; --", hostile);
    code(Fixtures.document(article));

    String eventId = "it's'; DROP TABLE events; ---0-0";
    Map<String, Object> found = store.findEvent(eventId).orElseThrow();
    assertThat(found.get("doc_id")).isEqualTo("it's'; DROP TABLE events; --");
    assertThat(((Map<?, ?>) found.get("article")).get("title")).isEqualTo(hostile);
    assertThat(store.count("events")).isEqualTo(1);
    code(Fixtures.document(article));
    assertThat(counts()).containsExactly(1L, 2L, 1L, 1L);
  }

  @Test
  void flattensEventColumnsForQuerying() throws Exception {
    code(Fixtures.document("d1"));
    store.close();
    try (Connection c = connect(file);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(flatColumnsQuery())) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("KORGOV");
      assertThat(r.getString(2)).isEqualTo("KOR");
      assertThat((Object[]) r.getArray(3).getArray()).containsExactly("GOV");
      assertThat(r.getString(4)).isEqualTo("JPN");
      assertThat(r.getInt(5)).isEqualTo(13);
      assertThat(r.getString(6)).isEqualTo("042");
      assertThat(r.getDouble(7)).isEqualTo(1.9);
      assertThat(r.getString(8)).isEqualTo("Tokyo");
      assertThat(r.getInt(9)).isEqualTo(5);
      assertThat(r.getBoolean(10)).isTrue();
      assertThat(r.getString(11)).isEqualTo("042");
    } finally {
      store = Store.open(file);
    }
  }

  @Test
  void recordsRunsFromStartToFinish() {
    Instant started = Instant.parse("2024-05-01T10:00:00Z");
    store.writeRun(
        new RunRecord(
            RUN,
            started,
            "0.1.0",
            "4.5.10",
            Map.of("threads", 2, "input", "seeds"),
            Map.of("b.txt", "bb", "a.txt", "aa")));
    assertThat(store.findRun(RUN).orElseThrow())
        .containsEntry("started", "2024-05-01T10:00:00Z")
        .containsEntry("finished", null)
        .containsEntry("counts", null);

    store.finishRun(
        RUN, Instant.parse("2024-05-01T10:05:00Z"), Map.of("events", 3L, "articles", 2L));

    Map<String, Object> run = store.findRun(RUN).orElseThrow();
    assertThat(run.get("finished")).isEqualTo("2024-05-01T10:05:00Z");
    assertThat(ContractJson.write(run.get("dictionary_hashes")))
        .isEqualTo("{\"a.txt\":\"aa\",\"b.txt\":\"bb\"}");
    assertThat(ContractJson.write(run.get("options")))
        .isEqualTo("{\"input\":\"seeds\",\"threads\":2}");
    assertThat(ContractJson.write(run.get("counts"))).isEqualTo("{\"articles\":2,\"events\":3}");
    assertThatThrownBy(() -> store.finishRun("run-unknown", Instant.now(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run-unknown");
    assertThat(store.findRun("run-unknown")).isEmpty();
  }

  @Test
  void rewritingAnArticleReplacesItsDiagnostics() {
    Article a = Fixtures.article("d1");
    store.writeArticle(
        a,
        ArticleStatus.coded(),
        List.of(Diagnostic.warning("f", "1", "x"), Diagnostic.warning("f", "2", "y")),
        RUN);
    store.writeArticle(
        a, ArticleStatus.skipped("empty"), List.of(Diagnostic.warning("f", "1", "x")), RUN);
    store.writeDiagnostics(RUN, List.of(Diagnostic.error("manifest.jsonl", "line 4", "bad json")));
    assertThat(store.count("articles")).isEqualTo(1);
    assertThat(store.count("diagnostics")).isEqualTo(2);
  }

  @Test
  void findsACodedArticleWithTheSameTextUnderAnotherId() {
    CodedDocument d1 = Fixtures.document("d1");
    store.writeCoded(d1, List.of(), RUN);
    String sha = d1.article().sha256();
    assertThat(store.codedWithContent(sha, "copy")).contains("d1");
    assertThat(store.codedWithContent(sha, "d1")).isEmpty();
    assertThat(store.codedWithContent("0".repeat(64), "copy")).isEmpty();
    // A stored duplicate or skipped article is no source of codings.
    store.writeArticle(d1.article(), ArticleStatus.skipped("test"), List.of(), RUN);
    assertThat(store.codedWithContent(sha, "copy")).isEmpty();
  }

  @Test
  void aCodedArticleIsWrittenWholeOrNotAtAll() {
    store.writeCoded(
        Fixtures.document("d1"), List.of(Diagnostic.warning("a.txt", "d1", "windows-1252")), RUN);
    assertThat(counts()).containsExactly(1L, 2L, 1L, 1L);
    assertThat(store.articleStatuses(RUN)).containsEntry("d1", "coded");
    assertThat(store.count("diagnostics")).isEqualTo(1);

    // d2's event takes d1's id: the write fails, and neither d2's article nor its rows are kept.
    CodedDocument d2 = Fixtures.document("d2");
    Event e = d2.events().get(0);
    Event clash = Fixtures.withEventId(e, "d1-0-0");
    CodedDocument bad = new CodedDocument(d2.parsed(), d2.mentions(), List.of(clash), d2.quotes());
    assertThatThrownBy(() -> store.writeCoded(bad, List.of(), RUN))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("write coded article d2");
    assertThat(store.articleStatuses(RUN)).containsOnlyKeys("d1");
    assertThat(counts()).containsExactly(1L, 2L, 1L, 1L);
  }

  @Test
  void anEventIdTakenByAnotherDocumentFailsAndLeavesTheDocumentAsItWas() {
    code(Fixtures.document("d1"));
    CodedDocument d2 = Fixtures.document("d2");
    Event clash = d2.events().get(0);
    Event renamed = Fixtures.withEventId(clash, "d1-0-0");
    CodedDocument bad =
        new CodedDocument(d2.parsed(), d2.mentions(), List.of(renamed), d2.quotes());
    code(Fixtures.document("d2"));

    assertThatThrownBy(() -> store.writeDocument(bad, RUN))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("write document d2");

    assertThat(store.eventsOf("d2")).extracting(m -> m.get("event_id")).containsExactly("d2-0-0");
    assertThat(counts()).containsExactly(2L, 4L, 2L, 2L);
  }

  @Test
  void recordsOfAnotherDocumentAreRefused() {
    CodedDocument d1 = Fixtures.document("d1");
    CodedDocument mixed =
        new CodedDocument(
            d1.parsed(), d1.mentions(), Fixtures.document("d2").events(), d1.quotes());
    assertThatThrownBy(() -> store.writeDocument(mixed, RUN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document d1: event d2-0-0 belongs to document d2");
  }

  @Test
  void countAcceptsOnlyKnownTables() {
    assertThatThrownBy(() -> store.count("events; DROP TABLE events"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "table 'events; DROP TABLE events' is not one of [articles, cluster_members, clusters, diagnostics,");
    assertThat(store.count("events")).isZero();
  }

  @Test
  void inMemoryStoresWork() {
    try (Store memory = Store.open(Store.IN_MEMORY)) {
      memory.writeDocument(Fixtures.document("d1"), RUN);
      assertThat(memory.count("events")).isEqualTo(1);
      assertThat(memory.findEvent("d1-0-0").map(m -> m.get("article")))
          .isEqualTo(Optional.of(nullArticle()));
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> nullArticle() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", "d1");
    for (String k : List.of("title", "url", "outlet", "published", "body")) {
      m.put(k, null);
    }
    return m;
  }
}
