package org.parley.store.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.parley.store.Csv;
import org.parley.store.Engine;
import org.parley.store.PostgresLocation;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.contract.ContractJson;

/**
 * {@code parley query}: one SQL statement of the user's on a store opened read-only, so that no
 * query can change it, whatever it says. On DuckDB the connection is DuckDB's read-only mode (the
 * database refuses every write); extensions are neither installed nor loaded, so a query cannot
 * reach the network. On PostgreSQL it is one statement in a read-only transaction, rolled back.
 * Rows stream to the writer as tab-separated values with a header, CSV or JSON lines.
 */
public final class ReadOnlyQuery {
  /** How rows are written. */
  public enum Format {
    TSV,
    CSV,
    JSONL
  }

  private ReadOnlyQuery() {}

  /**
   * Runs {@code sql} on the store at {@code location} (a DuckDB file or a PostgreSQL URL) and
   * writes at most {@code maxRows} rows; returns the number of rows written.
   *
   * @throws StoreException when the store cannot be opened read-only (missing, or being written by
   *     another process) or the statement fails; its message is DuckDB's, with the store named
   */
  public static long run(String location, String sql, Format format, long maxRows, Writer out) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
    }
    if (Engine.of(location) == Engine.POSTGRESQL) {
      return runOnPostgres(PostgresLocation.parse(location), sql, format, maxRows, out);
    }
    if (!Files.isRegularFile(Path.of(location))) {
      throw new StoreException(
          "no store at " + location + " (run parley code first, or give --db)");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + location, p);
    } catch (SQLException e) {
      throw new StoreException(Store.openFailure(location, Engine.DUCKDB, e), e);
    }
    try (c;
        Statement s = c.createStatement()) {
      s.setMaxRows((int) Math.min(Integer.MAX_VALUE, maxRows));
      if (!s.execute(sql)) {
        return 0;
      }
      try (ResultSet r = s.getResultSet()) {
        return write(r, format, maxRows, out);
      }
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the query's rows", e);
    }
  }

  /**
   * On PostgreSQL: one statement only (text the driver would split at a semicolon is refused), in a
   * READ ONLY transaction of a session whose transactions default to read-only, rolled back
   * afterwards, so it can neither write nor commit. For a server shared with others, a database
   * role that may only read is the stronger guard; give its URL to {@code --db}.
   */
  private static long runOnPostgres(
      PostgresLocation location, String sql, Format format, long maxRows, Writer out) {
    int statements;
    try {
      // The driver splits text at semicolons and would run each part; "COMMIT; DELETE ..." would
      // end the read-only transaction. Only one statement is taken.
      statements =
          org.postgresql.core.Parser.parseJdbcSql(sql, true, false, true, false, false).size();
    } catch (SQLException e) {
      throw new StoreException("store " + location.display() + ": " + e.getMessage(), e);
    }
    if (statements != 1) {
      throw new StoreException(
          "store "
              + location.display()
              + ": parley query runs one SQL statement at a time, this text has "
              + statements);
    }
    Properties p = new Properties();
    p.putAll(location.properties());
    p.setProperty("readOnly", "true");
    p.setProperty("readOnlyMode", "always");
    p.setProperty("preferQueryMode", "extended");
    p.setProperty("options", "-c default_transaction_read_only=on");
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), p)) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (Statement guard = c.createStatement()) {
        guard.execute("SET TRANSACTION READ ONLY");
      }
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setMaxRows((int) Math.min(Integer.MAX_VALUE, maxRows));
        // Rows are fetched in pages rather than all at once (the driver does so in a transaction).
        s.setFetchSize(1000);
        if (!s.execute()) {
          return 0;
        }
        try (ResultSet r = s.getResultSet()) {
          return write(r, format, maxRows, out);
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("store " + location.display() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the query's rows", e);
    }
  }

  private static long write(ResultSet r, Format format, long maxRows, Writer out)
      throws SQLException, IOException {
    ResultSetMetaData md = r.getMetaData();
    int n = md.getColumnCount();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add(md.getColumnLabel(i));
    }
    if (format != Format.JSONL) {
      line(out, names, format);
    }
    long rows = 0;
    while (rows < maxRows && r.next()) {
      if (format == Format.JSONL) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          m.put(
              names.get(i - 1),
              v == null || v instanceof Number || v instanceof Boolean ? v : text(v));
        }
        out.write(ContractJson.write(m));
        out.write('\n');
      } else {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          cells.add(v == null ? "" : text(v));
        }
        line(out, cells, format);
      }
      rows++;
    }
    out.flush();
    return rows;
  }

  private static String text(Object v) throws SQLException {
    if (v instanceof java.sql.Array a) {
      Object[] items = (Object[]) a.getArray();
      List<String> parts = new ArrayList<>();
      for (Object o : items) {
        parts.add(String.valueOf(o));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return v.toString();
  }

  private static void line(Writer out, List<String> cells, Format format) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(format == Format.CSV ? ',' : '\t');
      }
      out.write(format == Format.CSV ? Csv.field(cells.get(i)) : tsv(cells.get(i)));
    }
    out.write('\n');
  }

  /**
   * Tabs and line breaks inside a value become \t, \n, \r, and backslashes \\, so rows stay rows.
   */
  static String tsv(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
