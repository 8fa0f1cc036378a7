package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.store.PostgresTestServer;
import org.parley.store.Store;
import org.parley.store.aggregate.Aggregates;
import org.parley.store.cluster.Clusters;
import org.parley.store.export.ExportFilter;
import org.parley.store.export.ExportFormat;
import org.parley.store.export.Exporter;

/**
 * The seed articles coded into a DuckDB file and into a real PostgreSQL database by the same coding
 * run: the two stores must hold the same rows, form the same clusters under the same ids, and give
 * the same aggregates and the same bytes in every export profile (after the run's own id and start
 * time, which differ between the two runs, are masked).
 */
class PostgresSeedsIT {
  private static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
  private static Pipeline pipeline;

  @BeforeAll
  static void loadModels() {
    pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
  }

  private static void code(Store store, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SEEDS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    new CodingRun(
            pipeline, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run(
            files,
            Optional.of(SEEDS.resolve("manifest.jsonl")),
            Optional.of(out),
            Optional.of(store),
            Map.of("test", "PostgresSeedsIT"));
  }

  @Test
  void duckDbAndPostgresHoldTheSameStoreAndExportTheSameBytes(@TempDir Path tmp) throws Exception {
    String pg = PostgresTestServer.newDatabase();
    try (Store duck = Store.open(tmp.resolve("seeds.duckdb").toString());
        Store postgres = Store.open(pg)) {
      code(duck, tmp.resolve("out-duck"));
      code(postgres, tmp.resolve("out-pg"));
      // Coding again is idempotent on both engines.
      code(postgres, tmp.resolve("out-pg2"));
      code(duck, tmp.resolve("out-duck2"));

      for (String table : Store.TABLES) {
        assertThat(postgres.count(table)).as(table).isEqualTo(duck.count(table));
      }
      assertThat(duck.count("events")).isPositive();
      assertThat(duck.count("clusters")).isPositive();

      assertThat(clusters(postgres)).isEqualTo(clusters(duck));
      assertThat(postgres.events(10_000).size()).isEqualTo(duck.events(10_000).size());

      List<String> duckRuns = runMasks(duck);
      List<String> pgRuns = runMasks(postgres);
      for (ExportFormat format : ExportFormat.values()) {
        if (format == ExportFormat.PARQUET) {
          continue;
        }
        for (boolean header : List.of(true, false)) {
          String d = export(duck, format, header, duckRuns);
          String p = export(postgres, format, header, pgRuns);
          assertThat(p).as(format.label()).isEqualTo(d);
          assertThat(d.lines().count()).as(format.label()).isGreaterThan(1);
        }
      }
      Path duckParquet = tmp.resolve("duck-parquet");
      Path pgParquet = tmp.resolve("pg-parquet");
      Exporter.export(duck, ExportFormat.PARQUET, ExportFilter.all(), duckParquet, true);
      Exporter.export(postgres, ExportFormat.PARQUET, ExportFilter.all(), pgParquet, true);
      assertThat(mask(parquetRows(pgParquet), pgRuns))
          .isEqualTo(mask(parquetRows(duckParquet), duckRuns));

      for (Aggregates.Unit unit : Aggregates.Unit.values()) {
        for (Aggregates.Period period : Aggregates.Period.values()) {
          Aggregates.Query q =
              new Aggregates.Query(
                  period,
                  unit,
                  Aggregates.Scheme.QUAD,
                  true,
                  Aggregates.CountFor.SOURCE,
                  Optional.empty(),
                  Optional.empty());
          assertThat(aggregate(postgres, q))
              .as(unit + " by " + period)
              .isEqualTo(aggregate(duck, q));
        }
      }
    }
  }

  private static List<String> clusters(Store store) {
    return Clusters.list(store, 0, 10_000).stream()
        .map(
            c ->
                c.clusterId()
                    + " "
                    + c.numMentions()
                    + "/"
                    + c.numArticles()
                    + "/"
                    + c.numSources()
                    + " "
                    + c.locationName().orElse("-"))
        .sorted()
        .toList();
  }

  private static String aggregate(Store store, Aggregates.Query q) {
    StringWriter out = new StringWriter();
    Aggregates.writeCsv(Aggregates.compute(store, q), out);
    return out.toString();
  }

  private static String export(
      Store store, ExportFormat format, boolean header, List<String> masks) {
    StringWriter out = new StringWriter();
    Exporter.write(store, format, ExportFilter.all(), header, out);
    return mask(out.toString(), masks);
  }

  /**
   * The texts that name the latest run: its id, and its start time as the exports write it (GDELT's
   * DATEADDED, ISO date and instant). Exports of two runs of the same input differ only in these.
   */
  private static List<String> runMasks(Store store) {
    return store.reading(
        "runs",
        c -> {
          List<String> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT run_id, started FROM runs ORDER BY started")) {
            while (r.next()) {
              LocalDateTime t = r.getObject(2, LocalDateTime.class);
              out.add(r.getString(1));
              out.add(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).format(t));
              out.add(t.toInstant(ZoneOffset.UTC).toString());
              out.add(t.toLocalDate().toString());
            }
          }
          return out;
        });
  }

  private static String mask(String text, List<String> masks) {
    String out = text;
    // Longest first: a run id holds its start time, which another run started in the same second
    // shares, and masking that time first would leave the id half masked.
    List<String> longestFirst = new ArrayList<>(masks);
    longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
    for (String m : longestFirst) {
      out = out.replace(m, "<run>");
    }
    return out;
  }

  private static String parquetRows(Path dir) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT * FROM read_parquet('"
                    + dir.toAbsolutePath().toString().replace("'", "''")
                    + "/**/*.parquet', hive_partitioning = true) ORDER BY event_id")) {
      ResultSetMetaData md = r.getMetaData();
      while (r.next()) {
        for (int i = 1; i <= md.getColumnCount(); i++) {
          out.append(md.getColumnLabel(i)).append('=').append(r.getString(i)).append('\t');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
