package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store.openReadOnly and the read pool {@code parley serve} answers requests with. */
class ReadOnlyStoreTest {
  @TempDir Path dir;

  static long count(ReadPool pool, String table) {
    return pool.read(
        "count",
        c -> {
          try (var s = c.createStatement();
              var r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  @Test
  void aReadOnlyStoreReadsButRefusesWrites() {
    String file = dir.resolve("s.duckdb").toString();
    try (Store s = Store.open(file)) {
      s.writeCoded(Fixtures.document("a1"), List.of(), "r1");
    }
    try (Store s = Store.openReadOnly(file)) {
      assertThat(s.readOnly()).isTrue();
      assertThat(s.count("events")).isEqualTo(1);
      assertThat(s.schemaVersion()).isEqualTo(4);
      assertThatThrownBy(() -> s.writeCoded(Fixtures.document("a2"), List.of(), "r1"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void aMissingStoreIsNotCreatedForReading() {
    Path file = dir.resolve("none.duckdb");
    assertThatThrownBy(() -> Store.openReadOnly(file.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
    assertThat(file).doesNotExist();
  }

  @Test
  void poolConnectionsReadConcurrentlyAndSeeCommittedWrites() throws Exception {
    try (Store s = Store.open(dir.resolve("p.duckdb").toString());
        ReadPool pool = s.readPool(3)) {
      assertThat(pool.size()).isEqualTo(3);
      assertThat(count(pool, "events")).isZero();
      s.writeCoded(Fixtures.document("a1"), List.of(), "r1");
      ExecutorService threads = Executors.newFixedThreadPool(6);
      try {
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          counts.add(threads.submit(() -> count(pool, "events")));
        }
        for (Future<Long> f : counts) {
          assertThat(f.get()).isEqualTo(1);
        }
      } finally {
        threads.shutdown();
      }
    }
  }

  @Test
  void poolSizeIsBounded() {
    try (Store s = Store.open(Store.IN_MEMORY)) {
      assertThatThrownBy(() -> s.readPool(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> s.readPool(65)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
