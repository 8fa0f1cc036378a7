package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.store.Store;

/**
 * Without an output directory the store is what a resumed run continues: an unfinished run of the
 * same job is found, its stored articles are passed over and the rest are coded under its id.
 * (ResumeIT kills a real process with an output directory; here the kill is simulated by removing
 * the last articles' rows and the run's end, which is what a kill between articles leaves.)
 */
class StoreResumeIT {
  @Test
  void anUnfinishedRunInTheStoreIsContinuedUnderItsId(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("news.jsonl");
    Files.writeString(
        in,
        String.join(
            "\n",
            "{\"id\": \"n1\", \"text\": \"Russia and China signed a trade agreement in Moscow.\"}",
            "{\"id\": \"n2\", \"text\": \"Iran condemned the attack on its embassy in Baghdad.\"}",
            "{\"id\": \"n3\", \"text\": \"Japan protested to China over the disputed islands.\"}",
            "{\"id\": \"n4\", \"text\": \"The United States imposed sanctions on North Korea.\"}",
            ""));
    Path db = tmp.resolve("parley.duckdb");
    Pipeline pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);
    long eventsFirst;
    RunSummary first;
    try (Store store = Store.open(db.toString())) {
      first =
          new CodingRun(pipeline, err)
              .progress(false, 0)
              .run(List.of(in), Optional.empty(), Optional.empty(), Optional.of(store), Map.of());
      eventsFirst = store.count("events");
    }
    assertThat(first.coded()).isEqualTo(4);
    assertThat(eventsFirst).isPositive();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE runs SET finished = NULL, counts = NULL");
      for (String table : List.of("events", "mentions", "quotes", "sentences")) {
        s.executeUpdate("DELETE FROM " + table + " WHERE doc_id IN ('n3', 'n4')");
      }
      s.executeUpdate("DELETE FROM articles WHERE id IN ('n3', 'n4')");
    }
    RunSummary second;
    try (Store store = Store.open(db.toString())) {
      second =
          new CodingRun(pipeline, err)
              .progress(false, 0)
              .run(List.of(in), Optional.empty(), Optional.empty(), Optional.of(store), Map.of());
      assertThat(store.count("articles")).isEqualTo(4);
      assertThat(store.count("events")).isEqualTo(eventsFirst);
      assertThat(store.count("runs")).isEqualTo(1);
      assertThat(store.findRun(first.runId()).orElseThrow().get("finished")).isNotNull();
    }
    assertThat(second.runId()).isEqualTo(first.runId());
    assertThat(second.resumed()).isEqualTo(2);
    assertThat(second.codedIds()).containsExactly("n3", "n4");
    assertThat(second.coded()).isEqualTo(4);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("resuming interrupted run " + first.runId() + ": 2 input records already done");

    // A finished run is not resumed: the same job again is a new run that recodes everything.
    try (Store store = Store.open(db.toString())) {
      RunSummary third =
          new CodingRun(pipeline, err)
              .progress(false, 0)
              .run(List.of(in), Optional.empty(), Optional.empty(), Optional.of(store), Map.of());
      assertThat(third.runId()).isNotEqualTo(first.runId());
      assertThat(third.resumed()).isZero();
      assertThat(store.count("events")).isEqualTo(eventsFirst);
    }
  }
}
