package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * The two databases a store can live in: an embedded DuckDB file (the default) or a PostgreSQL
 * server. Both run the same migrations and the same SQL; the differences (DuckDB's appender, its
 * one-writer file lock, PostgreSQL's advisory locks for parallel writers) stay inside the store.
 */
public enum Engine {
  DUCKDB,
  POSTGRESQL;

  /** The engine a {@code --db} value names: a {@code postgresql://} URL, else a DuckDB file. */
  public static Engine of(String location) {
    Objects.requireNonNull(location, "location");
    return PostgresLocation.isPostgres(location) ? POSTGRESQL : DUCKDB;
  }

  /** The engine behind an open connection. */
  public static Engine of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DUCKDB;
  }
}
