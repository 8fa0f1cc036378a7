package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.server.ParleyServer;
import org.parley.server.ServerOptions;
import org.parley.store.Store;

/**
 * The web UI in a real Chromium (Debian's, driven by Playwright) over a real server and a store
 * holding the seed articles as {@code parley code} codes them, plus one hostile article whose text
 * carries markup that would run script if a page put it into the DOM as HTML.
 *
 * <p>Every page is opened, its rows are checked against the JSON API's answer for the same filters,
 * one click drills down, and a screenshot is saved under {@code target/screenshots/} for people to
 * look at. The browser console must stay free of errors, which is where Chromium reports a
 * Content-Security-Policy violation.
 */
class WebUiIT {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("parley.chromium", "/usr/bin/chromium"));
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE_ID = "webui-hostile-article";
  private static final String SCRIPT = "<script>window.__pwned=1</script>";
  private static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
  private static final String QUOTED =
      "We will never accept <b onmouseover='window.__pwned=4'>this</b> provocation"
          + " <img src=x onerror='window.__pwned=3'>";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Store store;
  private static ParleyServer server;
  private static Playwright playwright;
  private static Browser browser;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private BrowserContext context;
  private Page page;
  private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

  /** Console errors a test causes on purpose (the browser logs every HTTP error response). */
  private final List<String> expectedConsoleErrors = new ArrayList<>();

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "The web UI tests need Chromium at "
              + CHROMIUM
              + " (or -Dparley.chromium=PATH). Install it: apt-get install -y"
              + " --no-install-recommends chromium fonts-liberation");
    }
    store = Store.open(tmp.resolve("web.duckdb").toString());
    codeSeedsAndHostileArticle(store);
    server = ParleyServer.start(store, ServerOptions.readOnly(0));
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    Files.createDirectories(SHOTS);
  }

  /** The seed articles and the hostile article (a JSONL file) in one coding run. */
  private static void codeSeedsAndHostileArticle(Store store) throws IOException {
    List<Path> inputs = new ArrayList<>(SeedStore.articles());
    ObjectNode hostile = JSON.createObjectNode();
    hostile.put("id", HOSTILE_ID);
    hostile.put("title", "Markup test " + IMG);
    hostile.put("outlet", "Parley test outlet");
    hostile.put("published", "2024-03-05");
    hostile.put("language", "en");
    hostile.put(
        "text",
        "Pyongyang, March 5.\n\n"
            + SCRIPT
            + "\n\nNorth Korea criticised the United States on Monday. "
            + IMG
            + "\n\nThe statement was read on state television.\n\n\""
            + QUOTED
            + ",\" North Korean leader Kim Jong-un said on Tuesday.");
    Path jsonl = tmp.resolve("hostile.jsonl");
    Files.writeString(jsonl, JSON.writeValueAsString(hostile) + "\n");
    inputs.add(jsonl);
    Pipeline pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
    new CodingRun(
            pipeline, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(
            inputs,
            Optional.of(SeedStore.SEEDS.resolve("manifest.jsonl")),
            Optional.empty(),
            Optional.of(store),
            Map.of("test", "WebUiIT"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
    page = context.newPage();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error") || m.text().contains("Content Security Policy")) {
            consoleErrors.add(m.type() + ": " + m.text());
          }
        });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
  }

  @AfterEach
  void noConsoleErrors() {
    context.close();
    List<String> unexpected =
        consoleErrors.stream()
            .filter(m -> expectedConsoleErrors.stream().noneMatch(m::contains))
            .toList();
    assertThat(unexpected).as("browser console errors (CSP violations show here)").isEmpty();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve("api/" + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Opens a route (e.g. {@code events?root=04}) and waits until the page says it is drawn. */
  private void open(String route) {
    page.navigate(server.uri() + "#/" + route);
    awaitReady();
  }

  /** Runs {@code action} (a click that changes the route) and waits for the new page. */
  private void andWait(Runnable action) {
    page.evaluate("() => document.getElementById('main').removeAttribute('data-ready')");
    action.run();
    awaitReady();
  }

  private void awaitReady() {
    page.waitForSelector("#main[data-ready]");
    String state = page.getAttribute("#main", "data-ready");
    if (!"ok".equals(state)) {
      fail("page " + page.url() + " failed: " + page.textContent("#main"));
    }
  }

  private void screenshot(String name) {
    // Charts draw on the next animation frames; give them two before the picture.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
  }

  /** The article text highlighted as {@code kind}, its pieces joined. */
  private String marked(String kind) {
    return String.join("", page.locator(".article-body mark.hl-" + kind).allTextContents());
  }

  private static int nonEmpty(JsonNode periods) {
    int n = 0;
    for (JsonNode p : periods) {
      n += p.get("count").asInt() > 0 ? 1 : 0;
    }
    return n;
  }

  private int rows(String scope) {
    return page.locator(scope + " tbody tr").count();
  }

  // ---- pages --------------------------------------------------------------------------------

  @Test
  void theServerSendsTheStrictContentSecurityPolicy() {
    Response r = page.navigate(server.uri() + "#/events");
    assertThat(r.headers().get("content-security-policy"))
        .contains("default-src 'self'")
        .contains("img-src 'self' data:")
        .contains("style-src 'self' 'unsafe-inline'")
        .doesNotContain("unsafe-eval");
    awaitReady();
    assertThat(page.locator("header nav a").allTextContents())
        .containsExactly("Events", "Timeline", "Network", "Map", "Actors A–Z", "Quotes");
  }

  /**
   * The console watch that every test ends with does see CSP violations: an inline script added to
   * the page is refused by the browser, and the refusal reaches the console.
   */
  @Test
  void theBrowserRefusesInlineScriptAndTheTestsSeeIt() {
    open("events");
    page.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.textContent = 'window.__inline = 1'; document.body.appendChild(s); }");
    page.waitForTimeout(300);
    assertThat(page.evaluate("() => typeof window.__inline")).isEqualTo("undefined");
    assertThat(consoleErrors).anyMatch(m -> m.contains("Content Security Policy"));
    expectedConsoleErrors.add("Content Security Policy");
  }

  @Test
  void eventsPageListsTheStoreAndOpensAnEvent() throws Exception {
    JsonNode all = api("events");
    long total = all.get("total").asLong();
    assertThat(total).as("events in the seed store").isGreaterThan(10);
    open("events");
    assertThat(rows(".page-events")).isEqualTo((int) Math.min(total, 50));
    assertThat(page.textContent("h1")).contains(total + " matching");
    assertThat(page.textContent(".page-events table")).contains("arrived in Moscow");
    screenshot("events.png");

    // A filter from the form goes into the URL and gives the API's rows for it.
    page.selectOption("#f-events-country", "RUS");
    andWait(() -> page.click("#filters-events button[type=submit]"));
    assertThat(page.url()).contains("country=RUS");
    JsonNode rus = api("events?country=RUS");
    assertThat(rows(".page-events")).isEqualTo(rus.get("items").size()).isPositive();
    assertThat(page.textContent("h1")).contains(rus.get("total").asLong() + " matching");

    // A row opens its event.
    andWait(
        () ->
            page.locator("tbody tr", new Page.LocatorOptions().setHasText("arrived in Moscow"))
                .first()
                .click());
    assertThat(page.url()).contains("#/event/");
    assertThat(marked("sentence")).contains("arrived in Moscow");
  }

  @Test
  void eventsArePagedThroughTheUrl() throws Exception {
    long total = api("events").get("total").asLong();
    open("events?limit=5");
    assertThat(rows(".page-events")).isEqualTo(5);
    assertThat(page.textContent(".pager .count")).isEqualTo("1–5 of " + total);
    andWait(() -> page.locator(".pager a[rel=next]").first().click());
    assertThat(page.url()).contains("offset=5").contains("limit=5");
    assertThat(page.textContent(".pager .count")).isEqualTo("6–10 of " + total);
    String first = api("events?limit=5&offset=5").get("items").get(0).get("sentence").asText();
    assertThat(page.locator(".page-events tbody tr").first().textContent()).contains(first);
  }

  @Test
  void aBadFilterShowsTheApisMessage() {
    expectedConsoleErrors.add("the server responded with a status of 400");
    page.navigate(server.uri() + "#/events?since=yesterday");
    page.waitForSelector("#main[data-ready]");
    assertThat(page.getAttribute("#main", "data-ready")).isEqualTo("error");
    assertThat(page.textContent("#main .error")).contains("since").contains("HTTP 400");
  }

  @Test
  void eventPageHighlightsTheArticleAndExplainsTheEvent() throws Exception {
    JsonNode moscow = null;
    for (JsonNode e : api("events?limit=500").get("items")) {
      if (e.get("sentence").asText().contains("arrived in Moscow")) {
        moscow = e;
      }
    }
    assertThat(moscow).as("the seed event K1 (arrived in Moscow)").isNotNull();
    String id = moscow.get("event_id").asText();
    JsonNode detail = api("events/" + enc(id));
    open("event/" + enc(id));
    assertThat(page.textContent("h1")).contains(moscow.get("cameo_code").asText());
    assertThat(marked("sentence")).isEqualTo(moscow.get("sentence").asText());
    for (JsonNode hl : detail.get("highlights")) {
      String kind = hl.get("kind").asText();
      assertThat(marked(kind)).as(kind).contains(hl.get("text").asText());
    }
    assertThat(page.locator(".article-body mark.hl-source").count()).isPositive();
    assertThat(page.locator(".article-body mark.hl-trigger").count()).isPositive();
    assertThat(page.textContent(".article-body"))
        .isEqualTo(detail.get("article").get("body").asText());
    assertThat(page.textContent(".columns"))
        .contains(detail.get("explanation").get("rule").asText());
    screenshot("event.png");
    // The cluster and its other reports, each a row that opens its event.
    JsonNode cluster = detail.get("cluster");
    assertThat(cluster.isNull()).as("K1 is in a cluster").isFalse();
    assertThat(page.textContent("section.cluster")).contains(cluster.get("cluster_id").asText());
    int others = detail.get("cluster_events").size();
    assertThat(page.locator("section.cluster tbody tr").count()).isEqualTo(others);
  }

  @Test
  void anEventsClusterListsItsOtherReportsWhichOpen() throws Exception {
    JsonNode cluster = null;
    for (JsonNode c : api("clusters?limit=500").get("items")) {
      if (c.get("num_mentions").asInt() > 1 && cluster == null) {
        cluster = c;
      }
    }
    assertThat(cluster).as("a cluster of the seed store with more than one report").isNotNull();
    String representative = cluster.get("representative_event_id").asText();
    open("event/" + enc(representative));
    assertThat(page.textContent("section.cluster")).contains(cluster.get("cluster_id").asText());
    Locator others = page.locator("section.cluster tbody tr");
    assertThat(others.count()).isEqualTo(cluster.get("num_mentions").asInt() - 1);
    andWait(() -> others.first().click());
    assertThat(page.url()).contains("#/event/").doesNotContain(representative);
    assertThat(page.textContent("section.cluster")).contains(cluster.get("cluster_id").asText());
    assertThat(page.locator("section.cluster tbody tr").count())
        .isEqualTo(cluster.get("num_mentions").asInt() - 1);
  }

  @Test
  void articleTextWithMarkupIsShownAsTextAndNeverRuns() throws Exception {
    JsonNode events = api("events?doc=" + enc(HOSTILE_ID)).get("items");
    assertThat(events.size())
        .as("events coded from \"North Korea criticised the United States on Monday.\"")
        .isPositive();
    String id = events.get(0).get("event_id").asText();
    open("event/" + enc(id));
    assertNothingRan();
    assertThat(page.textContent(".article-body")).contains(SCRIPT).contains(IMG);
    assertThat(page.textContent(".article-title")).contains(IMG);
    screenshot("event-hostile.png");

    open("article/" + enc(HOSTILE_ID));
    assertNothingRan();
    assertThat(page.textContent(".article-body")).contains(SCRIPT).contains(IMG);
    assertThat(page.textContent("h1")).contains(IMG);
    assertThat(page.textContent(".page-article table")).contains("criticised");

    // The same through the lists that show sentences and quotes.
    open("events?doc=" + enc(HOSTILE_ID));
    assertNothingRan();
    JsonNode quotes = api("quotes?doc=" + enc(HOSTILE_ID)).get("items");
    assertThat(quotes.size()).as("the quote in the hostile article").isPositive();
    open("quotes?doc=" + enc(HOSTILE_ID));
    assertNothingRan();
    assertThat(page.textContent(".page-quotes table")).contains(QUOTED);
    String speaker = quotes.get(0).get("speaker_code").asText();
    open("actor/" + enc(speaker));
    assertNothingRan();
    assertThat(page.textContent(".page-actor")).contains(QUOTED);
  }

  private void assertNothingRan() {
    page.waitForTimeout(300);
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    assertThat(
            page.locator("#main script, #main img, #main b, #main [onerror], #main [onmouseover]")
                .count())
        .isZero();
  }

  @Test
  void timelineDrawsTheAggregatesAndABarOpensItsEvents() throws Exception {
    JsonNode agg = api("aggregates?by=month");
    open("timeline?by=month");
    page.waitForSelector("#timeline-chart canvas");
    assertThat(rows(".page-timeline")).isEqualTo(nonEmpty(agg.get("rows"))).isPositive();
    screenshot("timeline.png");

    // Click into the canvas on the first series' bar of the busiest month.
    JsonNode busiest = agg.get("rows").get(0);
    int index = 0;
    for (int i = 0; i < agg.get("rows").size(); i++) {
      if (agg.get("rows").get(i).get("count").asInt() > busiest.get("count").asInt()) {
        busiest = agg.get("rows").get(i);
        index = i;
      }
    }
    int cls = 0;
    while (busiest.get("classes").get(cls).asInt() == 0) {
      cls++;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>)
            page.evaluate(
                "([period, cls]) => { const c = window.parleyCharts.timeline;"
                    + " const o = c.getOption(); const cats = o.xAxis[0].data;"
                    + " const i = cats.indexOf(period);"
                    + " let below = 0; for (let s = 0; s < cls; s++) below += o.series[s].data[i];"
                    + " const v = below + o.series[cls].data[i] / 2;"
                    + " const p = c.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [i, v]);"
                    + " const r = c.getDom().getBoundingClientRect();"
                    + " return {x: r.left + p[0], y: r.top + p[1]}; }",
                List.of(busiest.get("period").asText(), cls));
    assertThat(index).isNotNegative();
    page.evaluate("() => window.scrollTo(0, 0)");
    andWait(
        () ->
            page.mouse()
                .click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue()));
    assertThat(page.url())
        .contains("#/events?")
        .contains("since=" + busiest.get("period").asText())
        .contains("quad=" + (cls + 1));
    assertThat(rows(".page-events")).isEqualTo(busiest.get("classes").get(cls).asInt());

    // Normalised by the store's volume: the table gains the share column's values.
    open("timeline?by=month&normalise=true");
    assertThat(page.locator(".page-timeline tbody tr").first().textContent()).contains("%");
  }

  @Test
  void networkDrawsDyadsAndAnEdgeListsItsEvents() throws Exception {
    JsonNode net = api("network");
    open("network");
    page.waitForSelector("#network-chart canvas");
    assertThat(net.get("edges").size()).isPositive();
    assertThat(page.locator(".page-network table tbody tr").count())
        .isEqualTo(net.get("edges").size());
    screenshot("network.png");

    @SuppressWarnings("unchecked")
    Map<String, Object> edge =
        (Map<String, Object>)
            page.evaluate(
                "() => { const c = window.parleyCharts.network; const s = c.getOption().series[0];"
                    + " const e = s.links.slice().sort((a, b) => b.count - a.count)[0];"
                    + " const n = (id) => s.data.find((d) => d.id === id);"
                    + " const p1 = [n(e.source).x, n(e.source).y], p2 = [n(e.target).x, n(e.target).y];"
                    // ECharts' curved edge: a quadratic curve through this control point (its
                    // graph layout's formula); its middle is at t = 0.5.
                    + " const k = e.lineStyle.curveness;"
                    + " const cp = [(p1[0] + p2[0]) / 2 - (p1[1] - p2[1]) * k,"
                    + "   (p1[1] + p2[1]) / 2 - (p2[0] - p1[0]) * k];"
                    + " const mid = c.convertToPixel({seriesIndex: 0},"
                    + "   [(p1[0] + 2 * cp[0] + p2[0]) / 4, (p1[1] + 2 * cp[1] + p2[1]) / 4]);"
                    + " const r = c.getDom().getBoundingClientRect();"
                    + " return {source: e.source, target: e.target,"
                    + "   x: r.left + mid[0], y: r.top + mid[1]}; }");
    page.evaluate("() => window.scrollTo(0, 0)");
    page.mouse()
        .click(((Number) edge.get("x")).doubleValue(), ((Number) edge.get("y")).doubleValue());
    String source = (String) edge.get("source");
    String target = (String) edge.get("target");
    page.waitForSelector("#edge-events table");
    assertThat(page.textContent("#edge-events h2")).contains(source + " → " + target);
    JsonNode events = api("events?limit=100&source=" + enc(source) + "&target=" + enc(target));
    assertThat(page.locator("#edge-events tbody tr").count())
        .isEqualTo(events.get("items").size())
        .isPositive();
    screenshot("network-edge.png");

    // Between actor codes an edge is the exact pair (KORGOV is not KORGOVMIL); its row in the edge
    // table lists the same events as a click on the edge.
    JsonNode actors = api("network?level=actor");
    JsonNode top = actors.get("edges").get(0);
    for (JsonNode e : actors.get("edges")) {
      if (e.get("count").asInt() > top.get("count").asInt()) {
        top = e;
      }
    }
    open("network?level=actor");
    String pair = top.get("source").asText() + " → " + top.get("target").asText();
    page.locator(".page-network table tbody tr")
        .filter(
            new Locator.FilterOptions()
                .setHasText(
                    java.util.regex.Pattern.compile(
                        "^" + top.get("source").asText() + top.get("target").asText() + "\\d")))
        .first()
        .click();
    page.waitForSelector("#edge-events table");
    assertThat(page.textContent("#edge-events h2")).contains(pair);
    Locator rows = page.locator("#edge-events tbody tr");
    assertThat(rows.count()).isEqualTo(top.get("count").asInt());
    for (int i = 0; i < rows.count(); i++) {
      assertThat(rows.nth(i).locator("td").nth(1).textContent())
          .matches("(?s)" + java.util.regex.Pattern.quote(top.get("source").asText()) + "( .*)?");
      assertThat(rows.nth(i).locator("td").nth(3).textContent())
          .matches("(?s)" + java.util.regex.Pattern.quote(top.get("target").asText()) + "( .*)?");
    }
  }

  @Test
  void mapPlacesEventsAndAPointListsItsEvents() throws Exception {
    JsonNode map = api("map");
    open("map");
    page.waitForSelector("#map-chart canvas");
    String places = page.textContent(".page-map table");
    assertThat(places).contains("Moscow").contains("Hanoi");
    assertThat(page.locator(".page-map table tbody tr").count())
        .isEqualTo(map.get("places").size());
    screenshot("map.png");

    JsonNode moscow = null;
    for (JsonNode p : map.get("places")) {
      if ("Moscow".equals(p.path("name").asText())) {
        moscow = p;
      }
    }
    assertThat(moscow).isNotNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>)
            page.evaluate(
                "([lon, lat]) => { const c = window.parleyCharts.map;"
                    + " const p = c.convertToPixel({geoIndex: 0}, [lon, lat]);"
                    + " const r = c.getDom().getBoundingClientRect();"
                    + " return {x: r.left + p[0], y: r.top + p[1]}; }",
                List.of(moscow.get("lon").asDouble(), moscow.get("lat").asDouble()));
    page.evaluate("() => window.scrollTo(0, 0)");
    page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
    page.waitForSelector("#place-events table");
    assertThat(page.textContent("#place-events h2")).contains("Moscow");
    assertThat(page.locator("#place-events tbody tr").count())
        .isEqualTo(moscow.get("count").asInt());
    assertThat(page.textContent("#place-events table")).contains("arrived in Moscow");
  }

  @Test
  void actorsAToZListsEveryActorAndOpensOne() throws Exception {
    JsonNode actors = api("actors?limit=500");
    open("actors?limit=500");
    assertThat(rows(".page-actors")).isEqualTo(actors.get("total").asInt()).isPositive();
    assertThat(page.textContent(".page-actors table")).contains("KORGOV");
    screenshot("actors.png");
    andWait(
        () ->
            page.locator(".page-actors tbody tr", new Page.LocatorOptions().setHasText("KORGOV"))
                .first()
                .click());
    assertThat(page.url()).contains("#/actor/KORGOV");
    JsonNode korgov = api("actors/KORGOV");
    assertThat(page.textContent("h1")).contains("KORGOV");
    assertThat(page.textContent(".names"))
        .contains(korgov.get("actor").get("names").get(0).asText());
    assertThat(page.locator(".page-actor table").last().locator("tbody tr").count())
        .isEqualTo(korgov.get("events").size());
    screenshot("actor.png");
  }

  @Test
  void quotesListWhoSaidWhatAndFilterBySpeaker() throws Exception {
    JsonNode quotes = api("quotes");
    assertThat(quotes.get("total").asInt()).as("quotes in the seed store").isPositive();
    open("quotes");
    assertThat(rows(".page-quotes")).isEqualTo(quotes.get("items").size());
    screenshot("quotes.png");

    String speaker = null;
    for (JsonNode q : quotes.get("items")) {
      if (!q.get("speaker_code").isNull()) {
        speaker = q.get("speaker_code").asText();
      }
    }
    assertThat(speaker).as("a quote with a coded speaker").isNotNull();
    page.fill("#f-quotes-speaker", speaker);
    andWait(() -> page.click("#filters-quotes button[type=submit]"));
    JsonNode bySpeaker = api("quotes?speaker=" + enc(speaker));
    assertThat(rows(".page-quotes")).isEqualTo(bySpeaker.get("items").size()).isPositive();
    Locator first = page.locator(".page-quotes tbody tr").first();
    assertThat(first.textContent()).contains(speaker);
    andWait(first::click);
    assertThat(page.url()).contains("#/article/");
    assertThat(page.locator(".article-body mark.hl-quote").count()).isPositive();
    screenshot("article.png");
  }
}
