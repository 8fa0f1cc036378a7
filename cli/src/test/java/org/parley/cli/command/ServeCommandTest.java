package org.parley.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/** parley serve and serve-bench without models: their checks, and a short load test. */
class ServeCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Callable<Integer> c = () -> Main.run(args);
      int code = c.call();
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void servingAMissingStoreSaysHowToMakeOne(@TempDir Path tmp) throws Exception {
    String db = tmp.resolve("none.duckdb").toString();
    Run r = run("serve", "--db", db, "--port", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("no store at " + db).contains("parley code");
    assertThat(tmp.resolve("none.duckdb")).doesNotExist();
  }

  @Test
  void badPortsAndReadersAreConfigurationErrors(@TempDir Path tmp) throws Exception {
    String db = store(tmp);
    assertThat(run("serve", "--db", db, "--port", "70000").code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run("serve", "--db", db, "--readers", "0").code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run("serve-bench", "--db", db, "--clients", "0").code()).isEqualTo(ExitCodes.CONFIG);
    assertThat(run("serve-bench", "--db", db, "--seconds", "0").code()).isEqualTo(ExitCodes.CONFIG);
  }

  @Test
  void serveBenchLoadsTheEventsEndpointWithinItsBounds(@TempDir Path tmp) throws Exception {
    String db = store(tmp);
    Run r =
        run(
            "serve-bench",
            "--db",
            db,
            "--clients",
            "2",
            "--seconds",
            "5",
            "--max-requests",
            "40",
            "--warmup",
            "5");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("requests 40 in ").contains("p99").contains("errors 0");
    assertThat(r.err()).contains("(1 events)");
  }

  @Test
  void aStoreOfAnOlderSchemaIsMigratedBeforeItIsServed(@TempDir Path tmp) throws Exception {
    String db = store(tmp);
    // as an older Parley left it: without the newest version's record
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "DELETE FROM schema_version WHERE version = "
              + org.parley.store.schema.Migrations.latest());
    }
    Run r =
        run(
            "serve-bench",
            "--db",
            db,
            "--clients",
            "1",
            "--seconds",
            "5",
            "--max-requests",
            "5",
            "--warmup",
            "1");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.err())
        .contains("is at schema version " + (org.parley.store.schema.Migrations.latest() - 1))
        .contains("migrating it now");
    try (Store s = Store.openReadOnly(db)) {
      assertThat(s.schemaVersion()).isEqualTo(org.parley.store.schema.Migrations.latest());
    }
  }

  @Test
  void theDemoOffersAServeCommandThatSurvivesTheShell() {
    assertThat(DemoCommand.shellWord("parley.duckdb")).isEqualTo("parley.duckdb");
    assertThat(DemoCommand.shellWord("/tmp/my store.duckdb")).isEqualTo("'/tmp/my store.duckdb'");
    assertThat(DemoCommand.shellWord("it's.duckdb")).isEqualTo("'it'\\''s.duckdb'");
  }

  private static String store(Path tmp) {
    String db = tmp.resolve("s.duckdb").toString();
    try (Store s = Store.open(db)) {
      s.writeCoded(Fixtures.document("a1"), List.of(), "r1");
    }
    return db;
  }
}
