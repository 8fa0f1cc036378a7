package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.cli.table.ClusterExplanation;
import org.parley.cli.table.Explanation;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.store.Store;
import org.parley.store.cluster.Clusters;

/**
 * The whole pipeline on the two seed articles, scored by the project's own checker ({@code
 * ../shared/tools/check_seeds.py}) exactly as a user would run it.
 */
class SeedsIT {
  private static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
  private static final Path CHECKER = SEEDS.resolve("../tools/check_seeds.py").normalize();
  private static Pipeline pipeline;

  @BeforeAll
  static void loadModels() {
    pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
  }

  private static List<Path> seedFiles() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private RunSummary code(Path out, Store store) throws IOException {
    return code(out, store, 1);
  }

  private RunSummary code(Path out, Store store, int threads) throws IOException {
    return new CodingRun(
            pipeline, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .threads(threads)
        .run(
            seedFiles(),
            Optional.of(SEEDS.resolve("manifest.jsonl")),
            Optional.of(out),
            Optional.of(store),
            Map.of("test", "SeedsIT"));
  }

  @Test
  void seedArticlesPassTheSeedCheck(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    try (Store store = Store.open(tmp.resolve("seeds.duckdb").toString())) {
      RunSummary summary = code(out, store);
      assertThat(summary.coded()).isEqualTo(2);
      assertThat(summary.skipped()).isZero();
    }
    Process p =
        new ProcessBuilder(
                "python3",
                CHECKER.toString(),
                SEEDS.resolve("expected.json").toString(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    String last = report.strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(exit).as(report).isZero();
    Matcher m =
        Pattern.compile(
                "must (\\d+)/(\\d+) .*quotes (\\d+)/(\\d+), actors (\\d+)/(\\d+), violations (\\d+)")
            .matcher(last);
    assertThat(m.find()).as(last).isTrue();
    assertThat(m.group(1)).as(last).isEqualTo(m.group(2));
    assertThat(Integer.parseInt(m.group(3))).as("quotes: " + last).isGreaterThanOrEqualTo(3);
    assertThat(Integer.parseInt(m.group(5))).as("actors: " + last).isGreaterThanOrEqualTo(14);
    assertThat(m.group(7)).as(last).isEqualTo("0");
  }

  /**
   * Worker threads change nothing in the output: the same lines in the same order as one thread
   * (the run id aside), with more workers than articles and than cores.
   */
  @Test
  void workerThreadsGiveTheSameOutputAsOne(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one");
    Path three = tmp.resolve("three");
    try (Store store = Store.open(Store.IN_MEMORY)) {
      code(one, store, 1);
    }
    try (Store store = Store.open(Store.IN_MEMORY)) {
      code(three, store, 3);
    }
    for (String file :
        List.of("articles.jsonl", "events.jsonl", "quotes.jsonl", "mentions.jsonl")) {
      assertThat(withoutRunId(three.resolve(file)))
          .as(file)
          .isNotEmpty()
          .isEqualTo(withoutRunId(one.resolve(file)));
    }
  }

  private static List<String> withoutRunId(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(l -> l.replaceAll("\"run_id\":\"[^\"]*\"", ""))
        .toList();
  }

  /**
   * The seeds' places (issue "Where it happened"): K1 in Moscow, T1 in Vladivostok, T2 at Cheong Wa
   * Dae in Seoul, T7 in Hanoi, each found by the evidence sentence of the expected event.
   */
  @Test
  void seedEventsArePlacedWhereTheTextPlacesThem(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    try (Store store = Store.open(Store.IN_MEMORY)) {
      code(out, store);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
      events.add(json.readTree(line));
    }
    assertPlaced(events, "arrived in Moscow", "Moscow", "RUS", 55.75, 37.62, "city");
    assertPlaced(events, "in Vladivostok", "Vladivostok", "RUS", 43.11, 131.87, "city");
    assertPlaced(events, "at Cheong Wa Dae", "Cheong Wa Dae", "KOR", 37.59, 126.97, "seat");
    assertPlaced(events, "Hanoi", "Hanoi", "VNM", 21.03, 105.85, "city");
  }

  private static void assertPlaced(
      List<JsonNode> events,
      String sentencePart,
      String name,
      String country,
      double lat,
      double lon,
      String precision) {
    JsonNode location =
        events.stream()
            .filter(e -> e.get("sentence").asText().contains(sentencePart))
            .map(e -> e.get("location"))
            .filter(l -> !l.isNull() && l.get("name").asText().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event placed in " + name));
    assertThat(location.get("country").asText()).isEqualTo(country);
    assertThat(location.get("lat").asDouble())
        .isCloseTo(lat, org.assertj.core.data.Offset.offset(0.05));
    assertThat(location.get("lon").asDouble())
        .isCloseTo(lon, org.assertj.core.data.Offset.offset(0.05));
    assertThat(location.get("precision").asText()).isEqualTo(precision);
    assertThat(location.get("geo_reason").asText()).isNotBlank();
  }

  @Test
  void codingTheSameInputTwiceDuplicatesNothing(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    String db = tmp.resolve("twice.duckdb").toString();
    long events;
    long quotes;
    long mentions;
    long articles;
    List<String> clusters;
    try (Store store = Store.open(db)) {
      code(out, store);
      clusters = clusterIds(store);
      events = store.count("events");
      quotes = store.count("quotes");
      mentions = store.count("mentions");
      articles = store.count("articles");
    }
    String firstEvents = Files.readString(out.resolve("events.jsonl"));
    try (Store store = Store.open(db)) {
      code(out, store);
      assertThat(store.count("events")).isEqualTo(events);
      assertThat(store.count("quotes")).isEqualTo(quotes);
      assertThat(store.count("mentions")).isEqualTo(mentions);
      assertThat(store.count("articles")).isEqualTo(articles);
      assertThat(store.count("runs")).isEqualTo(2);
      // Re-coding replaced the articles' memberships: the same clusters, under the same ids.
      assertThat(clusterIds(store)).isEqualTo(clusters).isNotEmpty();
      assertThat(store.count("cluster_members"))
          .isEqualTo(
              Clusters.list(store, 0, 1000).stream()
                  .mapToLong(Clusters.Summary::numMentions)
                  .sum());
    }
    String secondEvents = Files.readString(out.resolve("events.jsonl"));
    assertThat(secondEvents.replaceAll("\"run_id\":\"[^\"]*\"", ""))
        .isEqualTo(firstEvents.replaceAll("\"run_id\":\"[^\"]*\"", ""));
    assertThat(events).isPositive();
  }

  @Test
  void aLaterRunDoesNotCodeTheSameTextAgainUnderAnotherName(@TempDir Path tmp) throws Exception {
    Path copy = tmp.resolve("copy").resolve("tomorrows-crawl.txt");
    Files.createDirectories(copy.getParent());
    Files.copy(seedFiles().get(0), copy);
    try (Store store = Store.open(tmp.resolve("later.duckdb").toString())) {
      code(tmp.resolve("out1"), store);
      long events = store.count("events");
      RunSummary later =
          new CodingRun(
                  pipeline,
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
              .run(
                  List.of(copy),
                  Optional.empty(),
                  Optional.of(tmp.resolve("out2")),
                  Optional.of(store),
                  Map.of("test", "SeedsIT later"));
      assertThat(later.duplicates()).isEqualTo(1);
      assertThat(store.count("events")).isEqualTo(events);
      String line = Files.readString(tmp.resolve("out2").resolve("articles.jsonl"));
      assertThat(line)
          .contains("\"status\":\"duplicate\"")
          .contains("\"duplicate_of\":\"kbs-2020-02-13-moon-aide-russia\"")
          .contains("\"duplicate_basis\":\"same content as a stored article\"");
    }
  }

  private static List<String> clusterIds(Store store) {
    return Clusters.list(store, 0, 1000).stream()
        .map(Clusters.Summary::clusterId)
        .sorted()
        .toList();
  }

  /**
   * The seeds' clusters as a user sees them: every asserted event is in one, the counts agree with
   * the members, every member says why it joined, and the Hanoi report is placed at Hanoi. (The two
   * articles do not yet form the one cluster of the February 2019 breakdown that the issue expects:
   * KBS names it only in a noun phrase, "since the rupture of bilateral talks with Washington last
   * February", which the coder does not code; that is a coder task, and this test does not pin it
   * either way.)
   */
  @Test
  void seedClustersAreCountedExplainedAndPlaced(@TempDir Path tmp) throws Exception {
    try (Store store = Store.open(tmp.resolve("clusters.duckdb").toString())) {
      code(tmp.resolve("out"), store);
      List<Clusters.Summary> all = Clusters.list(store, 0, 1000);
      long asserted =
          store.events(1000).stream().filter(e -> "asserted".equals(e.get("modality"))).count();
      assertThat(all.stream().mapToLong(Clusters.Summary::numMentions).sum()).isEqualTo(asserted);
      for (Clusters.Summary c : all) {
        assertThat(c.numArticles()).isBetween(1, c.numMentions());
        assertThat(c.numSources()).isBetween(1, c.numArticles());
        String text = ClusterExplanation.of(Clusters.find(store, c.clusterId()).orElseThrow());
        assertThat(text).contains("Cluster " + c.clusterId()).contains("why: first report");
      }
      Clusters.Summary hanoi =
          all.stream()
              .filter(c -> c.locationName().orElse("").equals("Hanoi"))
              .findFirst()
              .orElseThrow();
      assertThat(hanoi.geonamesId()).isEqualTo(1581130L);
    }
  }

  @Test
  void explainShowsTheSentenceRuleAndEntriesOfAStoredEvent(@TempDir Path tmp) throws Exception {
    try (Store store = Store.open(tmp.resolve("explain.duckdb").toString())) {
      code(tmp.resolve("out"), store);
      Map<String, Object> any = store.events(1).get(0);
      String id = (String) any.get("event_id");
      String text = Explanation.of(store.findEvent(id).orElseThrow());
      assertThat(text)
          .contains("Event " + id)
          .contains("Rule")
          .contains("Dictionary entries:")
          .contains("Sentence ")
          .contains("source")
          .contains("trigger");
      // The trigger is marked in the sentence with braces.
      assertThat(text).containsPattern("\\{[^}]+\\}");
    }
  }

  @Test
  void everySpanPointsIntoTheStoredBody(@TempDir Path tmp) throws Exception {
    try (Store store = Store.open(tmp.resolve("spans.duckdb").toString())) {
      code(tmp.resolve("out"), store);
      for (Map<String, Object> e : store.events(10_000)) {
        Map<String, Object> full = store.findEvent((String) e.get("event_id")).orElseThrow();
        @SuppressWarnings("unchecked")
        String body = (String) ((Map<String, Object>) full.get("article")).get("body");
        for (String side : List.of("source", "target")) {
          if (e.get(side) instanceof Map<?, ?> actor) {
            List<?> span = (List<?>) actor.get("span");
            int b = ((Number) span.get(0)).intValue();
            int en = ((Number) span.get(1)).intValue();
            assertThat(body.substring(b, en)).isEqualTo(actor.get("text"));
          }
        }
        assertThat(body).contains((String) e.get("sentence"));
      }
    }
  }
}
