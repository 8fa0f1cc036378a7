package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.model.CodedDocument;
import org.parley.store.aggregate.Aggregates;
import org.parley.store.cluster.ClusterBench;
import org.parley.store.cluster.Clusterer;

/**
 * The store at scale, on either engine: writes N synthetic events (articles of 100 events each, as
 * {@link ClusterBench} makes them: 30 countries, 40 codes, a year of dates, 20 outlets, a tenth
 * placed) through {@link Store#writeCoded}, one transaction per article as a coding run does;
 * clusters them all; then runs dyad-by-month aggregates of events and of clusters. Run with
 *
 * <pre>
 * mvn -B -q test -pl model,ontology,store -Dtest=StoreBench -Dparley.bench=true \
 *   -Dparley.bench.events=1000000 -Dparley.bench.engine=duckdb|postgresql \
 *   -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * DuckDB uses a file in a temporary folder, or the new file {@code -Dparley.bench.keep=PATH}, which
 * is kept (e.g. for {@code parley serve-bench}); PostgreSQL a new database on PARLEY_TEST_PG's
 * server or a throwaway one ({@link PostgresTestServer}).
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
class StoreBench {
  @Test
  void insertClusterAndAggregate() throws Exception {
    int events = Integer.getInteger("parley.bench.events", 100_000);
    String engine = System.getProperty("parley.bench.engine", "duckdb");
    int perDoc = 100;
    int docs = events / perDoc;
    Path dir = Files.createTempDirectory("parley-bench");
    String keep = System.getProperty("parley.bench.keep");
    if (keep != null && Files.exists(Path.of(keep))) {
      throw new IllegalArgumentException("parley.bench.keep: " + keep + " exists already");
    }
    String location =
        engine.equals("postgresql")
            ? PostgresTestServer.newDatabase()
            : keep != null ? keep : dir.resolve("bench.duckdb").toString();
    try (Store store = Store.open(location)) {
      Random rnd = new Random(42);
      long t0 = System.nanoTime();
      int batch = 100;
      for (int from = 0; from < docs; from += batch) {
        // Made a hundred articles at a time, so that memory stays flat whatever N is.
        for (CodedDocument d :
            ClusterBench.docs(rnd, "d" + from + "-", Math.min(batch, docs - from), perDoc)) {
          store.writeCoded(d, List.of(), "r1");
        }
      }
      long t1 = System.nanoTime();
      Clusterer.Result clustered = Clusterer.update(store, "r1");
      long t2 = System.nanoTime();
      Aggregates.Table byEvents = Aggregates.compute(store, query(Aggregates.Unit.EVENTS));
      long t3 = System.nanoTime();
      Aggregates.Table byClusters = Aggregates.compute(store, query(Aggregates.Unit.CLUSTERS));
      long t4 = System.nanoTime();
      System.out.printf(
          "%s: write %,d events in %,d articles %.1f s (%,.0f events/s); cluster %.1f s (%s);"
              + " dyad-month aggregate of events %.2f s (%,d rows), of clusters %.2f s (%,d rows);"
              + " heap used %,d MB%n",
          engine,
          events,
          docs,
          (t1 - t0) / 1e9,
          events / ((t1 - t0) / 1e9),
          (t2 - t1) / 1e9,
          clustered,
          (t3 - t2) / 1e9,
          byEvents.rows().size(),
          (t4 - t3) / 1e9,
          byClusters.rows().size(),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
      assertThat(store.count("events")).isEqualTo(events);
      assertThat(clustered.pending()).isEqualTo(events);
    }
  }

  private static Aggregates.Query query(Aggregates.Unit unit) {
    return new Aggregates.Query(
        Aggregates.Period.MONTH,
        unit,
        Aggregates.Scheme.QUAD,
        true,
        Aggregates.CountFor.SOURCE,
        Optional.empty(),
        Optional.empty());
  }
}
