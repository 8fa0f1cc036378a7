package org.parley.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.store.Engine;

/**
 * Brings a database's schema up to date by applying the numbered SQL scripts under {@code
 * org/parley/store/migrations/} that it has not had yet, each in its own transaction, and recording
 * each in {@code schema_version}. Migrations only add: a script that drops, deletes or truncates is
 * refused, because a store holds coded corpora that took hours to make. A database newer than this
 * code is refused too, rather than written with an older idea of the schema.
 */
public final class Migrations {
  /**
   * Every migration, in order. A new script is added here and as a resource; never edit a released
   * one.
   */
  public static final List<String> SCRIPTS =
      List.of(
          "V1__init.sql",
          "V2__clusters.sql",
          "V3__article_content_index.sql",
          "V4__events_order_index.sql");

  /**
   * A script whose first line is this applies to PostgreSQL only; on DuckDB its version is recorded
   * with nothing run, so both engines count the same versions.
   */
  static final String POSTGRESQL_ONLY = "-- postgresql only";

  private static final String FOLDER = "/org/parley/store/migrations/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
  private static final Pattern DOUBLE =
      Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)", Pattern.CASE_INSENSITIVE);

  /** The advisory lock key (a bigint) PostgreSQL processes hold while migrating: "PrlyMigr". */
  private static final long MIGRATION_LOCK = 0x50726c794d696772L;

  private static final Pattern DESTRUCTIVE =
      Pattern.compile("\\b(DROP|DELETE|TRUNCATE)\\b", Pattern.CASE_INSENSITIVE);

  /** One script: its version (the number after V) and resource name. */
  public record Migration(int version, String name, String sql) {
    public Migration {
      if (version < 1) {
        throw new IllegalArgumentException("version must be >= 1, was " + version);
      }
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sql, "sql");
      String code = sql.replaceAll("--[^\n]*", "");
      Matcher m = DESTRUCTIVE.matcher(code);
      if (m.find()) {
        throw new IllegalArgumentException(
            "migration "
                + name
                + " uses "
                + m.group(1).toUpperCase(Locale.ROOT)
                + "; migrations only add");
      }
    }
  }

  private Migrations() {}

  /** The migrations shipped with this code, in version order. */
  public static List<Migration> all() {
    List<Migration> out = new ArrayList<>();
    int expected = 1;
    for (String name : SCRIPTS) {
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("migration name " + name + " is not V<n>__<words>.sql");
      }
      int version = Integer.parseInt(m.group(1));
      if (version != expected) {
        throw new IllegalStateException("migration " + name + " should be version " + expected);
      }
      out.add(new Migration(version, name, resource(name)));
      expected++;
    }
    return List.copyOf(out);
  }

  /** The highest version this code knows. */
  public static int latest() {
    return SCRIPTS.size();
  }

  /**
   * Applies the missing migrations to {@code connection} and returns the schema version it is at
   * afterwards. Leaves the connection in auto-commit mode.
   */
  public static int apply(Connection connection) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    connection.setAutoCommit(true);
    boolean postgres = Engine.of(connection) == Engine.POSTGRESQL;
    if (!postgres) {
      return applyAll(connection, false);
    }
    // Several Parley processes may open the same PostgreSQL database at once: they take turns, so
    // each script runs once.
    try (Statement s = connection.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
    }
    try {
      return applyAll(connection, true);
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
      }
    }
  }

  /**
   * A script as {@code engine} takes it. The scripts are written in the SQL both engines share,
   * except that V1 says DOUBLE, which PostgreSQL spells DOUBLE PRECISION (DuckDB takes both), and
   * that a script marked {@link #POSTGRESQL_ONLY} is a no-op on DuckDB.
   */
  static String forEngine(String sql, Engine engine) {
    if (engine != Engine.POSTGRESQL) {
      return sql.startsWith(POSTGRESQL_ONLY + "\n") ? "SELECT 1" : sql;
    }
    return DOUBLE.matcher(sql).replaceAll("DOUBLE PRECISION");
  }

  private static int applyAll(Connection connection, boolean postgres) throws SQLException {
    Engine engine = postgres ? Engine.POSTGRESQL : Engine.DUCKDB;
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP NOT NULL)");
    }
    int current = version(connection);
    if (current > latest()) {
      throw new IllegalStateException(
          "database schema version "
              + current
              + " is newer than this Parley, which knows up to "
              + latest());
    }
    for (Migration m : all()) {
      if (m.version() <= current) {
        continue;
      }
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement();
          PreparedStatement record =
              connection.prepareStatement(
                  "INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)")) {
        s.execute(forEngine(m.sql(), engine));
        record.setInt(1, m.version());
        record.setString(2, m.name());
        record.setTimestamp(3, Timestamp.from(Instant.now()));
        record.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw new SQLException("migration " + m.name() + " failed: " + e.getMessage(), e);
      } finally {
        connection.setAutoCommit(true);
      }
      current = m.version();
    }
    return current;
  }

  /** The schema version recorded in {@code connection}'s database (0 when none). */
  public static int version(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "migration " + name + " is listed but not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + name, e);
    }
  }
}
