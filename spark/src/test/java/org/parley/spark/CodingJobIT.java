package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.nlp.NlpOptions;
import org.parley.store.export.FlatTable;

/**
 * The Spark job in local mode (two cores) on the seed articles, with a second copy of one seed in
 * another directory (a duplicate across files) and a path that does not exist; then {@code parley
 * code}'s own classes on the same inputs, whose events the job must reproduce.
 */
class CodingJobIT {
  private static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"))
          .toAbsolutePath()
          .normalize();
  private static final Path DATA =
      Path.of(System.getProperty("parley.data", "../../shared/data")).toAbsolutePath().normalize();

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static List<Path> inputs;
  private static Path out;
  private static CodingJob.Result result;

  @BeforeAll
  static void runJob() throws IOException {
    Path copies = Files.createDirectories(tmp.resolve("copies"));
    Path seed = firstSeed();
    Files.copy(seed, copies.resolve(seed.getFileName()));
    Files.copy(SEEDS.resolve("manifest.jsonl"), copies.resolve("manifest.jsonl"));
    inputs = List.of(SEEDS, copies, tmp.resolve("no-such-file.txt"));
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("CodingJobIT")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    out = tmp.resolve("spark-out");
    result =
        CodingJob.run(
            spark,
            new CodingJob.Request(
                inputs.stream().map(Path::toString).toList(),
                Optional.empty(),
                out.toString(),
                Optional.of(DATA.toString()),
                0),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path firstSeed() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }

  @Test
  void everyInputRecordEndsAsOneArticleRow() {
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    Map<String, Integer> statuses = new TreeMap<>();
    for (Row r : articles) {
      String status = r.getAs("status");
      statuses.merge(status, 1, Integer::sum);
    }
    // Two seeds coded, the copy a duplicate, expected.json no input, the missing path skipped.
    assertThat(statuses)
        .containsEntry("coded", 2)
        .containsEntry("duplicate", 1)
        .containsEntry("skipped: not an input file type", 1)
        .containsEntry("skipped: no such file or directory", 1)
        .hasSize(4);
    Row duplicate =
        articles.stream().filter(r -> "duplicate".equals(r.getAs("status"))).findFirst().get();
    assertThat((String) duplicate.getAs("source")).contains("copies");
    assertThat((String) duplicate.getAs("duplicate_of")).isEqualTo(duplicate.getAs("id"));
    assertThat(result.coded()).isEqualTo(2);
    assertThat(result.duplicates()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(2);
  }

  @Test
  void eventsHaveTheFlatExportColumnsPartitionedByYearAndMonth() throws IOException {
    assertThat(out.resolve("events"))
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith("year="));
    List<String> columns =
        List.of(spark.read().parquet(out.resolve("events").toString()).columns());
    List<String> expected = new ArrayList<>(FlatTable.names());
    expected.removeAll(List.of("year", "month"));
    expected.addAll(List.of("year", "month"));
    assertThat(columns).isEqualTo(expected);
    assertThat(result.events()).isPositive();
    assertThat(result.mentions()).isPositive();
    for (String table : List.of("quotes", "mentions", "articles")) {
      assertThat(out.resolve(table).resolve("year=2020").resolve("month=2")).isDirectory();
    }
    List<Row> quotes = spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
    assertThat(quotes).isNotEmpty();
    assertThat(quotes.get(0).schema().fieldNames())
        .startsWith("quote_id", "doc_id", "text", "span", "speaker", "cue", "event_id");
  }

  @Test
  void sameEventsAsParleyCode() throws IOException {
    Pipeline pipeline =
        Pipeline.build(Pipeline.locatePack(Optional.of(DATA)), NlpOptions.defaults(), "test");
    Path cliOut = tmp.resolve("cli-out");
    RunSummary summary =
        new CodingRun(
                pipeline,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .progress(false, 0)
            .run(inputs, Optional.empty(), Optional.of(cliOut), Optional.empty(), Map.of());
    assertThat(summary.coded()).isEqualTo(2);
    List<String> cli = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(cliOut.resolve("events.jsonl"))) {
      JsonNode e = json.readTree(line);
      cli.add(
          key(
              e.get("event_id").asText(),
              e.get("cameo_code").asText(),
              e.path("source").path("code").asText(null),
              e.path("target").path("code").asText(null),
              e.get("date").isNull() ? null : e.get("date").asText()));
    }
    List<String> sparkEvents = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve("events").toString())
            .select("event_id", "cameo_code", "source_code", "target_code", "date")
            .collectAsList()) {
      sparkEvents.add(
          key(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
    }
    assertThat(cli).isNotEmpty();
    assertThat(sparkEvents).containsExactlyInAnyOrderElementsOf(cli);
  }

  private static String key(String id, String cameo, String source, String target, String date) {
    return id + " " + cameo + " " + source + " -> " + target + " @ " + date;
  }

  @Test
  void tablesWithoutRowsStillReadBackWithTheirColumns() throws IOException {
    // An article with no actor, event or quotation: quotes, events and mentions have no rows.
    Path calm = Files.createDirectories(tmp.resolve("calm"));
    Files.writeString(
        calm.resolve("weather.txt"),
        "The weather was mild across the region on Sunday, and the harvest is expected to be good.\n");
    Path calmOut = tmp.resolve("calm-out");
    CodingJob.run(
        spark,
        new CodingJob.Request(
            List.of(calm.toString()),
            Optional.empty(),
            calmOut.toString(),
            Optional.of(DATA.toString()),
            0),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    for (String table : List.of("events", "quotes", "mentions")) {
      org.apache.spark.sql.Dataset<Row> rows =
          spark.read().parquet(calmOut.resolve(table).toString());
      assertThat(rows.count()).as(table).isZero();
      assertThat(rows.schema().fieldNames()).as(table).contains("year", "month");
    }
    assertThat(spark.read().parquet(calmOut.resolve("events").toString()).schema().fieldNames())
        .containsAll(FlatTable.names());
    assertThat(spark.read().parquet(calmOut.resolve("articles").toString()).count()).isEqualTo(1);
  }

  @Test
  void refusesAnOutputDirectoryThatIsNotEmpty() {
    assertThatThrownBy(
            () ->
                CodingJob.run(
                    spark,
                    new CodingJob.Request(
                        List.of(SEEDS.toString()),
                        Optional.empty(),
                        out.toString(),
                        Optional.of(DATA.toString()),
                        0),
                    System.err))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an empty directory");
  }
}
