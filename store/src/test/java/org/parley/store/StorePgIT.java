package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;

/** {@link StoreTest}'s scenarios on a real PostgreSQL server, and parallel writers. */
class StorePgIT extends StoreTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }

  @Override
  protected Connection connect(String location) throws SQLException {
    PostgresLocation pg = PostgresLocation.parse(location);
    return DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
  }

  @Override
  protected String flatColumnsQuery() {
    return "SELECT source_code, source_country, source_sectors, target_code, target_begin, cameo_code,"
        + " goldstein, location_name, trigger_begin, 'CAMEO.verbpatterns.txt:12 VISIT' = ANY(entries),"
        + " json->>'cameo_code' FROM events";
  }

  @Test
  void parallelWritersOfTheSameDocumentsLeaveOneCopyOfEach() throws Exception {
    String location = PostgresTestServer.newDatabase();
    int writers = 4;
    int documents = 25;
    List<Store> stores = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      stores.add(Store.open(location));
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Store s = stores.get(w);
        String run = "run-" + w;
        int offset = w;
        done.add(
            pool.submit(
                () -> {
                  // Each writer goes through the same documents from a different start, so that
                  // writers meet on the same document at the same time.
                  for (int k = 0; k < documents; k++) {
                    CodedDocument doc = Fixtures.document("p" + ((k + offset * 7) % documents));
                    s.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), run);
                    s.writeDocument(doc, run);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
      stores.forEach(Store::close);
    }
    try (Store s = Store.open(location)) {
      assertThat(s.count("articles")).isEqualTo(documents);
      assertThat(s.count("events")).isEqualTo(documents);
      assertThat(s.count("sentences")).isEqualTo(documents);
      assertThat(s.count("mentions")).isEqualTo(2L * documents);
      assertThat(s.count("quotes")).isEqualTo(documents);
    }
  }

  @Test
  void migratingProcessesTakeTurns() throws Exception {
    String location = PostgresTestServer.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> versions = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        versions.add(
            pool.submit(
                () -> {
                  try (Store s = Store.open(location)) {
                    return s.schemaVersion();
                  }
                }));
      }
      for (Future<Integer> v : versions) {
        assertThat(v.get()).isEqualTo(org.parley.store.schema.Migrations.latest());
      }
    } finally {
      pool.shutdownNow();
    }
    try (Store s = Store.open(location)) {
      assertThat(s.count("schema_version")).isEqualTo(org.parley.store.schema.Migrations.latest());
    }
  }

  @Test
  void thePasswordIsNotShownInTheLocation() {
    String location = PostgresTestServer.newDatabase();
    String withPassword = location.replaceFirst("://([^@/:]+)@", "://$1:s3cret@");
    try (Store s = Store.open(withPassword)) {
      assertThat(s.location()).doesNotContain("s3cret").contains(":***@");
      assertThat(s.engine()).isEqualTo(Engine.POSTGRESQL);
    }
  }
}
