package org.parley.store.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.parley.store.StoreException;
import org.parley.store.contract.ContractJson;

/**
 * {@code parley query}: one SQL statement of the user's on a store opened read-only, so that no
 * query can change it, whatever it says. The connection is DuckDB's read-only mode (the database
 * refuses every write); extensions are neither installed nor loaded, so a query cannot reach the
 * network. Rows stream to the writer as tab-separated values with a header, CSV or JSON lines.
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
   * Runs {@code sql} on the DuckDB store at {@code location} and writes at most {@code maxRows}
   * rows; returns the number of rows written.
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
    if (!Files.isRegularFile(Path.of(location))) {
      throw new StoreException(
          "no store at " + location + " (run parley code first, or give --db)");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + location, p);
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
