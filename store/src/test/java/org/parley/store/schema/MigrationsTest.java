package org.parley.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.store.Engine;

class MigrationsTest {
  /** A connection to a new empty database: DuckDB in memory here, PostgreSQL in MigrationsPgIT. */
  protected Connection emptyDatabase() throws java.sql.SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  @Test
  void everyMigrationResourceIsListedInOrder() throws IOException, URISyntaxException {
    java.net.URI uri = Migrations.class.getResource("/org/parley/store/migrations/").toURI();
    // From target/classes the folder is a directory; from the packaged jar (integration tests) a
    // folder inside a zip file system.
    try (java.nio.file.FileSystem zip =
        uri.getScheme().equals("jar")
            ? java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())
            : null) {
      Path folder = zip == null ? Path.of(uri) : zip.provider().getPath(uri);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted())
            .containsExactlyElementsOf(Migrations.SCRIPTS);
      }
    }
    assertThat(Migrations.all())
        .extracting(Migrations.Migration::version)
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void destructiveMigrationsAreRefused() {
    assertThatThrownBy(
            () -> new Migrations.Migration(2, "V2__x.sql", "-- drop nothing\nDROP TABLE events;"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("migration V2__x.sql uses DROP; migrations only add");
    assertThat(
            new Migrations.Migration(
                    2, "V2__x.sql", "-- no DROP here\nALTER TABLE events ADD COLUMN x INT;")
                .version())
        .isEqualTo(2);
  }

  @Test
  void applyingTwiceChangesNothing() throws Exception {
    try (Connection c = emptyDatabase()) {
      assertThat(Migrations.apply(c)).isEqualTo(4);
      assertThat(Migrations.apply(c)).isEqualTo(4);
      assertThat(Migrations.version(c)).isEqualTo(4);
    }
  }

  @Test
  void theEventsOrderIndexIsMadeOnPostgresqlOnly() throws Exception {
    try (Connection c = emptyDatabase();
        Statement s = c.createStatement()) {
      Migrations.apply(c);
      boolean postgres = Engine.of(c) == Engine.POSTGRESQL;
      String sql =
          postgres
              ? "SELECT count(*) FROM pg_indexes WHERE indexname = 'events_order'"
              : "SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'events_order'";
      try (java.sql.ResultSet r = s.executeQuery(sql)) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(postgres ? 1 : 0);
      }
    }
    assertThat(Migrations.forEngine("-- postgresql only\nCREATE INDEX x ON t (a);", Engine.DUCKDB))
        .isEqualTo("SELECT 1");
    assertThat(Migrations.forEngine("CREATE INDEX x ON t (a);", Engine.DUCKDB))
        .isEqualTo("CREATE INDEX x ON t (a);");
  }

  @Test
  void aDatabaseNewerThanTheCodeIsRefused() throws Exception {
    try (Connection c = emptyDatabase()) {
      Migrations.apply(c);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO schema_version VALUES (7, 'V7__future.sql', current_timestamp)");
      }
      assertThatThrownBy(() -> Migrations.apply(c))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("database schema version 7 is newer than this Parley, which knows up to 4");
    }
  }

  @Test
  void aVersion1StoreGainsTheClusterTables() throws Exception {
    try (Connection c = emptyDatabase()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                + " applied TIMESTAMP NOT NULL)");
        s.execute(Migrations.forEngine(Migrations.all().get(0).sql(), Engine.of(c)));
        s.execute("INSERT INTO schema_version VALUES (1, 'V1__init.sql', current_timestamp)");
      }
      assertThat(Migrations.apply(c)).isEqualTo(4);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT count(*) FROM clusters JOIN cluster_members USING (cluster_id)");
      }
    }
  }
}
