package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * Every read endpoint on a small fixture store: happy paths, bad parameters, unknown ids. On DuckDB
 * here, on PostgreSQL in {@code ApiPgIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  @TempDir static Path dir;
  static Store store;
  static ParleyServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, HttpResponse<String> raw, JsonNode json) {}

  /** Where the fixture store lives: a DuckDB file here. */
  protected String newLocation() {
    return dir.resolve("api.duckdb").toString();
  }

  /** The engine /api/health should name. */
  protected String engine() {
    return "duckdb";
  }

  @BeforeAll
  void start() {
    String location = newLocation();
    TestStore.fill(location);
    store = Store.openReadOnly(location);
    server = ParleyServer.start(store, ServerOptions.readOnly(0));
  }

  @AfterAll
  void stop() {
    server.close();
    store.close();
  }

  static Response get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      json = JSON.readTree(r.body());
    }
    return new Response(r.statusCode(), r, json);
  }

  static JsonNode ok(String path) throws Exception {
    Response r = get(path);
    assertThat(r.status()).as(path + ": " + r.raw().body()).isEqualTo(200);
    return r.json();
  }

  static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get(field).asText()));
    return out;
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void bindsLoopbackByDefault() {
    assertThat(ServerOptions.readOnly(0).host()).isEqualTo("127.0.0.1");
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
  }

  @Test
  void healthCountsTheStore() throws Exception {
    JsonNode h = ok("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("engine").asText()).isEqualTo(engine());
    assertThat(h.get("schema_version").asInt()).isEqualTo(4);
    assertThat(h.get("articles").asLong()).isEqualTo(5);
    assertThat(h.get("events").asLong()).isEqualTo(6);
    assertThat(h.get("quotes").asLong()).isEqualTo(1);
    assertThat(h.get("clusters").asLong()).isPositive();
    assertThat(h.get("ingest").asBoolean()).isFalse();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/api/health", "/api/events?limit=0", "/api/nope", "/")) {
      Response r = get(path);
      assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.raw().headers().firstValue("Content-Security-Policy"))
          .hasValue(ParleyServer.CSP);
    }
    assertThat(get("/api/health").raw().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json")
        .containsIgnoringCase("charset=utf-8");
  }

  /**
   * Maven builds the web UI (server/web) into the classpath before the tests, so the root serves
   * it; the page loads its code from files only (the CSP allows no inline script).
   */
  @Test
  void theRootServesTheWebUiWithoutInlineScript() throws Exception {
    Response r = get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    String html = r.raw().body();
    assertThat(html).contains("<main id=\"main\">").contains("<script type=\"module\"");
    String[] scripts = html.split("<script");
    assertThat(scripts).hasSizeGreaterThan(1);
    for (int i = 1; i < scripts.length; i++) {
      assertThat(scripts[i].substring(0, scripts[i].indexOf('>'))).contains(" src=\"./assets/");
    }
    String script = html.replaceAll("(?s).*<script[^>]* src=\"\\./([^\"]+)\".*", "$1");
    Response js = get("/" + script);
    assertThat(js.status()).as(script).isEqualTo(200);
    assertThat(js.raw().body()).contains("api/").doesNotContain("eval(");
  }

  @Test
  void metaListsFilterValues() throws Exception {
    JsonNode m = ok("/api/meta");
    assertThat(m.get("outlets").toString()).contains("Example News", "Other News");
    assertThat(m.get("countries").toString()).contains("PRK", "USA", "VNM", "JPN");
    assertThat(m.get("cameo_roots")).hasSize(20);
    assertThat(m.get("cameo_roots").get(3).get("name").asText()).isEqualTo("Consult");
    assertThat(m.get("plover_types").toString()).contains("CONSULT");
    assertThat(m.get("quad_classes").get(0).get("name").asText()).isEqualTo("Verbal cooperation");
    assertThat(m.get("modalities")).hasSize(5);
    assertThat(m.get("date_min").asText()).isEqualTo("2019-02-27");
    assertThat(m.get("date_max").asText()).isEqualTo("2020-02-12");
  }

  @Test
  void eventsArePagedInDateOrderWithUndatedLast() throws Exception {
    JsonNode all = ok("/api/events");
    assertThat(all.get("total").asLong()).isEqualTo(6);
    assertThat(all.get("limit").asInt()).isEqualTo(50);
    assertThat(ids(all, "event_id"))
        .containsExactly("b1-0-0", "b2-0-0", "x1-0-0", "b1-0-1", "a1-0-0", "b1-0-2");
    JsonNode page = ok("/api/events?limit=2&offset=2");
    assertThat(page.get("total").asLong()).isEqualTo(6);
    assertThat(ids(page, "event_id")).containsExactly("x1-0-0", "b1-0-1");
    assertThat(ok("/api/events?offset=100").get("items")).isEmpty();
    JsonNode item = all.get("items").get(4);
    for (String field :
        List.of(
            "event_id",
            "doc_id",
            "sentence_index",
            "sentence",
            "date",
            "date_precision",
            "date_source",
            "source_text",
            "source_code",
            "source_country",
            "target_text",
            "target_code",
            "target_country",
            "cameo_code",
            "cameo_root",
            "cameo_name",
            "plover_type",
            "plover_mode",
            "quad_class",
            "penta_class",
            "goldstein",
            "location_name",
            "location_country",
            "location_lat",
            "location_lon",
            "modality",
            "trigger",
            "confidence",
            "outlet",
            "title",
            "published",
            "url",
            "cluster_id")) {
      assertThat(item.has(field)).as(field).isTrue();
    }
    assertThat(item.get("location_name").asText()).isEqualTo("Tokyo");
    assertThat(item.get("outlet").asText()).isEqualTo("Example News");
  }

  @Test
  void eachEventFilterNarrows() throws Exception {
    assertThat(ids(ok("/api/events?root=04"), "event_id")).containsExactly("x1-0-0", "a1-0-0");
    assertThat(ids(ok("/api/events?code=042"), "event_id")).containsExactly("a1-0-0");
    assertThat(ids(ok("/api/events?code=03,11"), "event_id"))
        .containsExactly("b1-0-0", "b2-0-0", "b1-0-1");
    assertThat(ids(ok("/api/events?country=jpn"), "event_id")).containsExactly("a1-0-0");
    assertThat(ids(ok("/api/events?country=VNM"), "event_id")).containsExactly("b1-0-0", "b2-0-0");
    assertThat(ids(ok("/api/events?actor=PRKGOV"), "event_id"))
        .containsExactly("b1-0-0", "b2-0-0", "x1-0-0");
    assertThat(ids(ok("/api/events?actor=PRK"), "event_id"))
        .containsExactly("b1-0-0", "b2-0-0", "x1-0-0", "b1-0-1");
    assertThat(ids(ok("/api/events?source=USA&target=PRK"), "event_id")).containsExactly("b1-0-1");
    assertThat(ids(ok("/api/events?plover=consult"), "event_id"))
        .containsExactly("x1-0-0", "a1-0-0");
    assertThat(ids(ok("/api/events?quad=3"), "event_id")).containsExactly("b1-0-1");
    assertThat(ids(ok("/api/events?modality=negated"), "event_id")).containsExactly("b1-0-1");
    assertThat(ids(ok("/api/events?outlet=" + q("Other News")), "event_id"))
        .containsExactly("b1-0-0", "b1-0-1", "b1-0-2");
    assertThat(ids(ok("/api/events?doc=a1,x1"), "event_id")).containsExactly("x1-0-0", "a1-0-0");
    assertThat(ok("/api/events?run=" + TestStore.RUN).get("total").asLong()).isEqualTo(6);
    assertThat(ok("/api/events?run=other").get("total").asLong()).isZero();
    // A month date overlaps March; undated events are left out of any date range.
    assertThat(ids(ok("/api/events?since=2019-03-15&until=2019-12-31"), "event_id"))
        .containsExactly("b1-0-1");
    assertThat(ids(ok("/api/events?since=2020-01-01"), "event_id")).containsExactly("a1-0-0");
    // exact codes, where actor/source/target match prefixes
    JsonNode all = ok("/api/events?limit=500");
    for (String side : List.of("source", "target")) {
      List<String> withPrkgov = new ArrayList<>();
      all.get("items")
          .forEach(
              e -> {
                if ("PRKGOV".equals(e.get(side + "_code").asText(null))) {
                  withPrkgov.add(e.get("event_id").asText());
                }
              });
      assertThat(ids(ok("/api/events?" + side + "_code=PRKGOV"), "event_id"))
          .containsExactlyElementsOf(withPrkgov);
      assertThat(ok("/api/events?" + side + "_code=PRKGO").get("total").asLong()).isZero();
    }
    // the map's points: a named place with coordinates, or a country without them
    assertThat(ids(ok("/api/events?place=Hanoi&place_country=VNM"), "event_id"))
        .containsExactly("b1-0-0", "b2-0-0");
    assertThat(ids(ok("/api/events?place=Tokyo&place_precision=point"), "event_id"))
        .containsExactly("a1-0-0");
    assertThat(ok("/api/events?place=Hanoi&place_country=JPN").get("total").asLong()).isZero();
    assertThat(ok("/api/events?place_precision=country").get("total").asLong()).isZero();
    assertThat(ok("/api/events?place_precision=point").get("total").asLong()).isEqualTo(3);
    String cluster =
        ok("/api/events?doc=b1&root=03").get("items").get(0).get("cluster_id").asText();
    assertThat(ids(ok("/api/events?cluster=" + cluster), "event_id"))
        .containsExactly("b1-0-0", "b2-0-0");
  }

  @Test
  void anEventComesWithItsArticleHighlightsAndExplanation() throws Exception {
    JsonNode d = ok("/api/events/x1-0-0");
    assertThat(d.get("event").get("event_id").asText()).isEqualTo("x1-0-0");
    assertThat(d.get("event").get("evidence").get("rule").asText()).isEqualTo("verb:MEET");
    assertThat(d.get("row").get("cameo_code").asText()).isEqualTo("040");
    JsonNode article = d.get("article");
    // Markup in the store is data: it comes back as the same characters, inside a JSON string.
    assertThat(article.get("body").asText()).isEqualTo(TestStore.HOSTILE_BODY);
    assertThat(article.get("title").asText()).isEqualTo("<script>alert('title')</script>");
    String body = article.get("body").asText();
    List<String> kinds = new ArrayList<>();
    for (JsonNode h : d.get("highlights")) {
      kinds.add(h.get("kind").asText());
      assertThat(body.substring(h.get("begin").asInt(), h.get("end").asInt()))
          .isEqualTo(h.get("text").asText());
    }
    assertThat(kinds).containsExactly("sentence", "source", "target", "trigger");
    assertThat(d.get("highlights").get(1).get("text").asText()).isEqualTo("Kim");
    assertThat(d.get("highlights").get(3).get("text").asText()).isEqualTo("met");
    JsonNode why = d.get("explanation");
    assertThat(why.get("rule").asText()).isEqualTo("verb:MEET");
    assertThat(why.get("modality").asText()).isEqualTo("asserted");
    assertThat(why.get("source_resolved_by").asText()).isEqualTo("dictionary");
    assertThat(why.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(why.has("entries")).isTrue();
    assertThat(why.has("modality_cues")).isTrue();

    JsonNode clustered = ok("/api/events/b1-0-0");
    assertThat(clustered.get("cluster").get("num_articles").asInt()).isEqualTo(2);
    assertThat(clustered.get("cluster_events")).hasSize(1);
    assertThat(clustered.get("cluster_events").get(0).get("event_id").asText()).isEqualTo("b2-0-0");
    // Only asserted events are clustered.
    assertThat(ok("/api/events/b1-0-1").get("cluster").isNull()).isTrue();
    assertThat(ok("/api/events/b1-0-1").get("cluster_events")).isEmpty();
    assertThat(ok("/api/events/a1-0-0").get("highlights").toString()).contains("\"location\"");
  }

  @Test
  void clustersFilterByCountryDyadRootAndDates() throws Exception {
    JsonNode all = ok("/api/clusters");
    assertThat(all.get("total").asLong()).isPositive();
    JsonNode first = all.get("items").get(0);
    for (String field :
        List.of(
            "cluster_id",
            "first_event_id",
            "representative_event_id",
            "representative_sentence",
            "source_key",
            "target_key",
            "dyad",
            "cameo_root",
            "cameo_code",
            "goldstein",
            "quad_class",
            "penta_class",
            "date_from",
            "date_to",
            "earliest_report",
            "location_name",
            "location_country",
            "num_mentions",
            "num_articles",
            "num_sources")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    JsonNode summit = ok("/api/clusters?dyad=PRK-USA&root=03");
    assertThat(summit.get("total").asLong()).isEqualTo(1);
    JsonNode c = summit.get("items").get(0);
    assertThat(c.get("date_from").asText()).isEqualTo("2019-02-27");
    assertThat(c.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(
            ok("/api/clusters?country=USA&since=2019-02-01&until=2019-02-28").get("total").asLong())
        .isGreaterThanOrEqualTo(1);
    assertThat(ok("/api/clusters?since=2021-01-01").get("total").asLong()).isZero();
    JsonNode one = ok("/api/clusters/" + c.get("cluster_id").asText());
    assertThat(one.get("cluster").get("dyad").asText()).isEqualTo("PRK-USA");
    List<String> members = new ArrayList<>();
    one.get("events").forEach(e -> members.add(e.get("event_id").asText()));
    assertThat(members).containsExactly("b1-0-0", "b2-0-0");
  }

  @Test
  void actorsGatherNamesCountsAndQuotes() throws Exception {
    JsonNode all = ok("/api/actors");
    assertThat(ids(all, "code")).contains("KORGOV", "PRKGOV", "USAGOV", "JPN", "RUS");
    assertThat(ids(all, "code")).isSorted();
    JsonNode prk = ok("/api/actors?q=prkgov").get("items").get(0);
    assertThat(prk.get("code").asText()).isEqualTo("PRKGOV");
    assertThat(prk.get("events").asLong()).isEqualTo(3);
    assertThat(prk.get("as_source").asLong()).isEqualTo(3);
    assertThat(prk.get("as_target").asLong()).isZero();
    assertThat(prk.get("first_date").asText()).isEqualTo("2019-02-27");
    assertThat(prk.get("names").toString()).contains("Kim");
    // q also matches the names an actor was mentioned by.
    assertThat(ids(ok("/api/actors?q=moon"), "code")).containsExactly("KORGOV");
    assertThat(ids(ok("/api/actors?country=USA"), "code")).containsExactly("USA", "USAGOV");
    JsonNode kor = ok("/api/actors/korgov");
    assertThat(kor.get("actor").get("quotes").asLong()).isEqualTo(1);
    assertThat(kor.get("quotes")).hasSize(1);
    assertThat(kor.get("events")).hasSize(1);
  }

  @Test
  void quotesFilterBySpeakerCountryDocAndText() throws Exception {
    JsonNode all = ok("/api/quotes");
    assertThat(all.get("total").asLong()).isEqualTo(1);
    JsonNode item = all.get("items").get(0);
    assertThat(item.get("speaker_code").asText()).isEqualTo("KORGOV");
    assertThat(item.get("speaker_country").asText()).isEqualTo("KOR");
    assertThat(item.get("text").asText()).isEqualTo("We will talk,");
    for (String field :
        List.of(
            "quote_id",
            "doc_id",
            "text",
            "speaker_text",
            "speaker_code",
            "speaker_country",
            "cue",
            "event_id",
            "outlet",
            "title",
            "published",
            "span_begin",
            "span_end")) {
      assertThat(item.has(field)).as(field).isTrue();
    }
    assertThat(ok("/api/quotes?speaker=KOR&country=KOR&doc=a1&q=TALK").get("total").asLong())
        .isEqualTo(1);
    assertThat(ok("/api/quotes?speaker=PRK").get("total").asLong()).isZero();
    assertThat(ok("/api/quotes?q=nothing").get("total").asLong()).isZero();
  }

  @Test
  void aggregatesForAllOneDyadOrOneCountry() throws Exception {
    JsonNode all = ok("/api/aggregates?by=month");
    assertThat(all.get("columns").toString())
        .isEqualTo("[\"quad_1\",\"quad_2\",\"quad_3\",\"quad_4\"]");
    JsonNode feb = all.get("rows").get(0);
    assertThat(feb.get("period").asText()).isEqualTo("2019-02-01");
    assertThat(feb.get("key").toString()).isEqualTo("[\"*\"]");
    // Asserted February events: b1-0-0, b2-0-0, x1-0-0 and b1-0-2 (undated: its article's date).
    assertThat(feb.get("count").asLong()).isEqualTo(4);
    assertThat(feb.get("total").asLong()).isEqualTo(4);
    assertThat(feb.has("share")).isFalse();

    JsonNode dyad =
        ok("/api/aggregates?dyad=PRK-USA&normalise=true&since=2019-02-01&until=2019-03-31");
    assertThat(dyad.get("rows")).hasSize(2);
    assertThat(dyad.get("rows").get(0).get("count").asLong()).isEqualTo(3);
    assertThat(dyad.get("rows").get(0).get("share").asDouble()).isEqualTo(0.75);
    assertThat(dyad.get("rows").get(1).get("count").asLong()).isZero();
    assertThat(dyad.get("rows").get(1).get("goldstein_mean").isNull()).isTrue();
    assertThat(dyad.get("counted").asLong()).isEqualTo(3);

    JsonNode country = ok("/api/aggregates?country=VNM&count_for=place&by=day&scheme=penta");
    assertThat(country.get("columns")).hasSize(5);
    long sum = 0;
    for (JsonNode r : country.get("rows")) {
      sum += r.get("count").asLong();
      assertThat(r.get("key").toString()).isEqualTo("[\"VNM\"]");
    }
    assertThat(sum).isEqualTo(2);
    assertThat(ok("/api/aggregates?unit=clusters").get("unit").asText()).isEqualTo("clusters");
  }

  @Test
  void networkAndMapGroupEvents() throws Exception {
    JsonNode n = ok("/api/network");
    assertThat(n.get("edges").get(0).get("source").asText()).isEqualTo("PRK");
    assertThat(n.get("edges").get(0).get("target").asText()).isEqualTo("USA");
    assertThat(n.get("edges").get(0).get("count").asLong()).isEqualTo(3);
    assertThat(n.get("nodes").toString()).contains("\"id\":\"JPN\"");
    assertThat(ok("/api/network?min_count=2").get("edges")).hasSize(1);
    assertThat(ok("/api/network?level=actor").get("edges").get(0).get("source").asText())
        .isEqualTo("PRKGOV");
    assertThat(ok("/api/network?quad=4").get("edges")).isEmpty();

    JsonNode m = ok("/api/map");
    assertThat(m.get("places")).hasSize(2);
    JsonNode hanoi = m.get("places").get(0);
    assertThat(hanoi.get("name").asText()).isEqualTo("Hanoi");
    assertThat(hanoi.get("country").asText()).isEqualTo("VNM");
    assertThat(hanoi.get("count").asLong()).isEqualTo(2);
    assertThat(hanoi.get("lat").asDouble()).isEqualTo(21.0);
    assertThat(m.get("unplaced").asLong()).isEqualTo(3);
    assertThat(ok("/api/map?root=04").get("places")).hasSize(1);
  }

  @Test
  void articlesAndRuns() throws Exception {
    JsonNode all = ok("/api/articles");
    assertThat(all.get("total").asLong()).isEqualTo(5);
    assertThat(ids(all, "id")).endsWith("s1");
    JsonNode b1 = all.get("items").get(0);
    for (String field :
        List.of(
            "id",
            "title",
            "outlet",
            "url",
            "published",
            "status",
            "duplicate_of",
            "language",
            "events",
            "quotes")) {
      assertThat(b1.has(field)).as(field).isTrue();
    }
    assertThat(b1.has("body")).isFalse();
    assertThat(ids(ok("/api/articles?status=skipped"), "id")).containsExactly("s1");
    assertThat(ids(ok("/api/articles?status=coded&outlet=" + q("Other News")), "id"))
        .containsExactly("b1");
    assertThat(ids(ok("/api/articles?q=MOON"), "id")).containsExactly("a1");
    assertThat(ok("/api/articles?run=" + TestStore.RUN).get("total").asLong()).isEqualTo(5);
    JsonNode one = ok("/api/articles/a1");
    assertThat(one.get("article").get("body").asText()).startsWith("Moon visited Tokyo.");
    assertThat(one.get("article").get("events").asLong()).isEqualTo(1);
    assertThat(one.get("events")).hasSize(1);
    assertThat(one.get("quotes")).hasSize(1);

    JsonNode runs = ok("/api/runs");
    assertThat(runs.get("total").asLong()).isEqualTo(1);
    JsonNode run = runs.get("items").get(0);
    assertThat(run.get("run_id").asText()).isEqualTo(TestStore.RUN);
    assertThat(run.get("started").asText()).isEqualTo("2020-03-01T00:00:00Z");
    assertThat(run.get("counts").get("coded").asLong()).isEqualTo(4);
    JsonNode detail = ok("/api/runs/" + TestStore.RUN);
    assertThat(detail.get("options").get("job").asText()).isEqualTo("test");
    assertThat(detail.get("dictionary_hashes").get("a.txt").asText()).isEqualTo("aa");
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    for (ApiSpec.Endpoint e : ApiSpec.ALL) {
      JsonNode op = doc.get("paths").get(e.path()).get(e.method());
      assertThat(op).as(e.path()).isNotNull();
      List<String> names = new ArrayList<>();
      op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names).containsAll(e.names());
    }
  }

  @Test
  void responsesHaveTheFieldsAndTypesTheOpenApiDocumentPromises() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    String cluster =
        ok("/api/clusters?dyad=PRK-USA&root=03").get("items").get(0).get("cluster_id").asText();
    java.util.Map<String, String> concrete =
        java.util.Map.of(
            "/api/events/{id}", "/api/events/x1-0-0",
            "/api/clusters/{id}", "/api/clusters/" + cluster,
            "/api/actors/{code}", "/api/actors/KORGOV",
            "/api/articles/{id}", "/api/articles/a1",
            "/api/runs/{id}", "/api/runs/" + TestStore.RUN,
            "/api/aggregates", "/api/aggregates?dyad=PRK-USA&normalise=true");
    int checked = 0;
    for (ApiSpec.Endpoint e : ApiSpec.ALL) {
      if (!e.method().equals("get") || e.path().equals("/api/openapi.json")) {
        continue;
      }
      JsonNode schema =
          doc.at(
              "/paths/"
                  + e.path().replace("~", "~0").replace("/", "~1")
                  + "/get/responses/200/content/application~1json/schema");
      assertThat(schema.isMissingNode()).as(e.path()).isFalse();
      String path = concrete.getOrDefault(e.path(), e.path());
      checked += conforms(ok(path), schema, doc, path);
    }
    assertThat(checked).isGreaterThan(300);
  }

  /** Checks {@code value} against {@code schema}; returns how many values were checked. */
  private static int conforms(JsonNode value, JsonNode schema, JsonNode doc, String where) {
    if (schema.has("allOf")) {
      schema = schema.get("allOf").get(0);
    }
    if (schema.has("$ref")) {
      schema = doc.at(schema.get("$ref").asText().substring(1));
    }
    if (value.isNull()) {
      assertThat(schema.path("nullable").asBoolean()).as(where + " is null").isTrue();
      return 1;
    }
    int n = 1;
    switch (schema.path("type").asText()) {
      case "object" -> {
        assertThat(value.isObject()).as(where).isTrue();
        for (JsonNode name : schema.path("required")) {
          assertThat(value.has(name.asText())).as(where + "." + name.asText()).isTrue();
          n +=
              conforms(
                  value.get(name.asText()),
                  schema.get("properties").get(name.asText()),
                  doc,
                  where + "." + name.asText());
        }
      }
      case "array" -> {
        assertThat(value.isArray()).as(where).isTrue();
        for (JsonNode item : value) {
          n += conforms(item, schema.get("items"), doc, where + "[]");
        }
      }
      case "string" -> assertThat(value.isTextual()).as(where + " " + value).isTrue();
      case "integer" -> assertThat(value.isIntegralNumber()).as(where + " " + value).isTrue();
      case "number" -> assertThat(value.isNumber()).as(where + " " + value).isTrue();
      case "boolean" -> assertThat(value.isBoolean()).as(where + " " + value).isTrue();
      default -> throw new AssertionError(where + ": schema without a type: " + schema);
    }
    return n;
  }

  @Test
  void unknownIdsAre404() throws Exception {
    for (String path :
        List.of(
            "/api/events/nope",
            "/api/clusters/nope",
            "/api/actors/ZZZZZZ",
            "/api/articles/nope",
            "/api/runs/nope",
            "/api/nothing")) {
      Response r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.json().get("status").asInt()).isEqualTo(404);
      assertThat(r.json().get("error").asText()).isNotBlank();
    }
  }

  @Test
  void badParametersAre400sThatNameTheParameter() throws Exception {
    String[][] cases = {
      {"/api/events?limit=0", "limit"},
      {"/api/events?limit=501", "limit"},
      {"/api/events?limit=abc", "limit"},
      {"/api/events?offset=-1", "offset"},
      {"/api/events?offset=10000001", "offset"},
      {"/api/events?since=2019-02-30", "since"},
      {"/api/events?until=yesterday", "until"},
      {"/api/events?since=2020-01-01&until=2019-01-01", "since"},
      {"/api/events?root=4", "root"},
      {"/api/events?code=0421x", "code"},
      {"/api/events?country=KOREA", "country"},
      {"/api/events?quad=5", "quad"},
      {"/api/events?modality=maybe", "modality"},
      {"/api/events?actor=PRK-GOV", "actor"},
      {"/api/events?plover=1", "plover"},
      {"/api/events?source_code=PRK-GOV", "source_code"},
      {"/api/events?place_country=Vietnam", "place_country"},
      {"/api/events?place_precision=city", "place_precision"},
      {"/api/events?root=04,", "root"},
      {"/api/events?root=04&root=05", "root"},
      {"/api/events?foo=1", "foo"},
      {"/api/events/x1-0-0?limit=1", "limit"},
      {"/api/health?x=1", "x"},
      {"/api/clusters?dyad=PRKUSA", "dyad"},
      {"/api/clusters?since=2019", "since"},
      {"/api/actors?country=12", "country"},
      {"/api/actors/PRK%20GOV", "actor"},
      {"/api/quotes?country=GOV", "country"},
      {"/api/quotes?limit=1000", "limit"},
      {"/api/aggregates?by=year", "by"},
      {"/api/aggregates?unit=people", "unit"},
      {"/api/aggregates?scheme=hex", "scheme"},
      {"/api/aggregates?dyad=PRK-USA&country=PRK", "dyad"},
      {"/api/aggregates?count_for=target", "count_for"},
      {"/api/aggregates?country=PRK&count_for=moon", "count_for"},
      {"/api/aggregates?normalise=yes", "normalise"},
      {"/api/network?min_count=0", "min_count"},
      {"/api/network?level=city", "level"},
      {"/api/map?quad=0", "quad"},
      {"/api/articles?status=lost", "status"},
      {"/api/articles?q=" + "x".repeat(201), "q"},
      {"/api/runs?offset=x", "offset"},
    };
    for (String[] c : cases) {
      Response r = get(c[0]);
      assertThat(r.status()).as(c[0] + " -> " + r.raw().body()).isEqualTo(400);
      assertThat(r.json().get("status").asInt()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void otherMethodsAre405() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/events")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(405);
  }

  static URI uri(String path) {
    return server.uri().resolve(path);
  }
}
