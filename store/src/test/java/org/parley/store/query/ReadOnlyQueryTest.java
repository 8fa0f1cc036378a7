package org.parley.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.store.Fixtures;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import org.parley.store.StoreException;

class ReadOnlyQueryTest {
  @TempDir Path dir;

  /** Where each test's store lives: a DuckDB file here, PostgreSQL in {@code ReadOnlyQueryPgIT}. */
  protected String newLocation() {
    return dir.resolve("q.duckdb").toString();
  }

  protected String store() {
    String location = newLocation();
    try (Store s = Store.open(location)) {
      CodedDocument doc = Fixtures.document("d1");
      s.writeRun(
          new RunRecord(
              "run-1",
              Instant.parse("2026-11-23T00:00:00Z"),
              "test",
              "4.5.10",
              Map.of(),
              Map.of()));
      s.writeDocument(doc, "run-1");
      s.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), "run-1");
    }
    return location;
  }

  @Test
  void selectsRowsAsTsvCsvAndJsonLines() {
    String location = store();
    StringWriter tsv = new StringWriter();
    long n =
        ReadOnlyQuery.run(
            location,
            "SELECT cameo_code, sentence FROM events ORDER BY event_id",
            ReadOnlyQuery.Format.TSV,
            10,
            tsv);
    assertThat(n).isEqualTo(1);
    assertThat(tsv.toString()).startsWith("cameo_code\tsentence\n042\t");
    StringWriter csv = new StringWriter();
    ReadOnlyQuery.run(
        location, "SELECT 'a,b' AS x, 'say \"hi\"' AS y", ReadOnlyQuery.Format.CSV, 10, csv);
    assertThat(csv.toString()).isEqualTo("x,y\n\"a,b\",\"say \"\"hi\"\"\"\n");
    StringWriter jsonl = new StringWriter();
    ReadOnlyQuery.run(
        location, "SELECT count(*) AS n FROM articles", ReadOnlyQuery.Format.JSONL, 10, jsonl);
    assertThat(jsonl.toString()).isEqualTo("{\"n\":1}\n");
  }

  @Test
  void writesAreRefusedAndTheStoreIsUnchanged() {
    String location = store();
    assertThatThrownBy(
            () ->
                ReadOnlyQuery.run(
                    location,
                    "DELETE FROM events",
                    ReadOnlyQuery.Format.TSV,
                    10,
                    new StringWriter()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("read-only");
    try (Store s = Store.open(location)) {
      assertThat(s.count("events")).isEqualTo(1);
    }
  }

  @Test
  void aMissingStoreAndABadStatementAreNamed() {
    assertThatThrownBy(
            () ->
                ReadOnlyQuery.run(
                    dir.resolve("none.duckdb").toString(),
                    "SELECT 1",
                    ReadOnlyQuery.Format.TSV,
                    10,
                    new StringWriter()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
    String location = store();
    assertThatThrownBy(
            () ->
                ReadOnlyQuery.run(
                    location,
                    "SELECT nope FROM events",
                    ReadOnlyQuery.Format.TSV,
                    10,
                    new StringWriter()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(location);
  }

  @Test
  void stopsAtMaxRows() {
    String location = store();
    StringWriter out = new StringWriter();
    long n =
        ReadOnlyQuery.run(
            location, "SELECT * FROM generate_series(1, 10)", ReadOnlyQuery.Format.TSV, 3, out);
    assertThat(n).isEqualTo(3);
    assertThat(out.toString().lines()).hasSize(4);
  }
}
