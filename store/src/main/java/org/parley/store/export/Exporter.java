package org.parley.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.parley.store.Csv;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.contract.ContractJson;

/**
 * Writes the store's events in one {@link ExportFormat}. Events stream from the database in date,
 * document, sentence and id order; files are written next to the output and moved into place when
 * complete, so a failed export leaves no half file behind.
 */
public final class Exporter {
  /** What an export wrote. */
  public record Result(ExportFormat format, Path output, long events) {}

  private static final String SELECT =
      "SELECT e.json, a.url, a.outlet, r.started, c.num_mentions, c.num_sources,"
          + " c.num_articles FROM events e "
          + "LEFT JOIN articles a ON a.id = e.doc_id "
          + "LEFT JOIN runs r ON r.run_id = e.run_id "
          + "LEFT JOIN cluster_members m ON m.event_id = e.event_id "
          + "LEFT JOIN clusters c ON c.cluster_id = m.cluster_id WHERE ";
  private static final String ORDER = " ORDER BY e.date, e.doc_id, e.sentence_index, e.event_id";

  private Exporter() {}

  /** The event's cluster counts (mentions, sources, articles), or 1/1/1 when it is in none. */
  private static int[] counts(ResultSet r) throws java.sql.SQLException {
    int mentions = r.getInt(5);
    if (r.wasNull()) {
      return new int[] {1, 1, 1};
    }
    return new int[] {mentions, r.getInt(6), r.getInt(7)};
  }

  /**
   * Exports the events {@code filter} chooses to {@code output}: a file, or for {@link
   * ExportFormat#PARQUET} a directory that must not exist or be empty.
   *
   * @param header for gdelt and phoenix, whose own files have none: write a header line (csv and
   *     icews always have one; the JSON formats never)
   */
  public static Result export(
      Store store, ExportFormat format, ExportFilter filter, Path output, boolean header) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(output, "output");
    try {
      if (format == ExportFormat.PARQUET) {
        return new Result(format, output, parquet(store, filter, output));
      }
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path part = Files.createTempFile(parent, "." + output.getFileName(), ".part");
      try {
        long n;
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
          n = write(store, format, filter, header, out);
        }
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
        return new Result(format, output, n);
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }

  /** Writes the events in {@code format} (any but parquet) to {@code out}; returns how many. */
  public static long write(
      Store store, ExportFormat format, ExportFilter filter, boolean header, Writer out) {
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("parquet is written to a directory, not a stream");
    }
    try {
      switch (format) {
        case CSV -> csvLine(out, new ArrayList<>(FlatTable.names()));
        case ICEWS -> tsvLine(out, Profiles.ICEWS_COLUMNS);
        case GDELT, PHOENIX -> {
          if (header) {
            tsvLine(out, Profiles.columns(format));
          }
        }
        default -> {}
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return each(
        store,
        format,
        filter,
        row -> {
          switch (format) {
            case JSONL -> {
              out.write(row.json());
              out.write('\n');
            }
            case CSV -> csvLine(out, FlatTable.row(row));
            case GDELT -> tsvLine(out, Profiles.gdelt(row));
            case PHOENIX -> tsvLine(out, Profiles.phoenix(row));
            case ICEWS -> tsvLine(out, Profiles.icews(row));
            case PLOVER -> {
              out.write(ContractJson.write(Profiles.plover(row)));
              out.write('\n');
            }
            default -> throw new IllegalStateException(format.label());
          }
        });
  }

  /** Calls {@code sink} with each chosen event in export order; returns how many there were. */
  static long each(Store store, ExportFormat format, ExportFilter filter, RowSink sink) {
    List<Object> parameters = new ArrayList<>();
    String sql = SELECT + filter.where(format, parameters) + ORDER;
    return store.reading(
        "export " + format.label(),
        connection -> {
          long n = 0;
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
              while (r.next()) {
                String json = r.getString(1);
                LocalDateTime started = r.getObject(4, LocalDateTime.class);
                EventRow row =
                    new EventRow(
                        json,
                        ContractJson.read(json),
                        Optional.ofNullable(r.getString(2)),
                        Optional.ofNullable(r.getString(3)),
                        Optional.ofNullable(started),
                        counts(r));
                try {
                  sink.accept(row);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                n++;
              }
            }
          }
          return n;
        });
  }

  /**
   * The flat table as Hive-partitioned Parquet under {@code dir}: {@code year=2020/month=2/...}.
   * The rows are the csv export's, staged in a temporary CSV file and converted by DuckDB's COPY;
   * events with no year or month go to DuckDB's partition for NULL ({@code year=NULL}).
   */
  private static long parquet(Store store, ExportFilter filter, Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "the parquet output " + dir + " is a directory that is not empty");
        }
      }
    } else if (Files.exists(dir)) {
      throw new IllegalArgumentException(
          "the parquet output " + dir + " is a file: parquet is written to a directory");
    }
    Path staging = Files.createTempFile("parley-export", ".csv");
    try {
      long n;
      try (BufferedWriter out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
        n = write(store, ExportFormat.CSV, filter, true, out);
      }
      Files.createDirectories(dir);
      // DuckDB's COPY takes no parameters for file names or read_csv options, so the two paths
      // become SQL string literals, quoted here; every other value is fixed text.
      StringBuilder columns = new StringBuilder();
      for (FlatTable.Column c : FlatTable.COLUMNS) {
        if (columns.length() > 0) {
          columns.append(", ");
        }
        columns.append(literal(c.name())).append(": ").append(literal(c.sqlType()));
      }
      String sql =
          "COPY (SELECT * FROM read_csv("
              + literal(staging.toAbsolutePath().toString())
              + ", header = true, delim = ',', quote = '\"', escape = '\"', new_line = '\\r\\n',"
              + " allow_quoted_nulls = false, parallel = false, columns = {"
              + columns
              + "})) TO "
              + literal(dir.toAbsolutePath().toString())
              + " (FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)";
      // The conversion runs in a throwaway in-memory DuckDB, whichever engine holds the store.
      Properties properties = new Properties();
      properties.setProperty("autoinstall_known_extensions", "false");
      properties.setProperty("autoload_known_extensions", "false");
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:", properties);
          Statement s = duck.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new StoreException("cannot write parquet to " + dir + ": " + e.getMessage(), e);
      }
      return n;
    } finally {
      Files.deleteIfExists(staging);
    }
  }

  /** A SQL string literal: single quotes doubled. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** One RFC 4180 record: fields with a comma, quote, CR or LF quoted; CRLF at the end. */
  static void csvLine(Writer out, List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object v = values.get(i);
      if (v == null) {
        continue;
      }
      String s = v instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : v.toString();
      // An empty text is quoted so that it reads back as "", not as a missing value.
      out.write(s.isEmpty() ? Csv.quoted(s) : Csv.field(s));
    }
    out.write("\r\n");
  }

  /**
   * One tab-separated line, unquoted as GDELT, Phoenix and ICEWS files are: a tab, CR or LF inside
   * a value becomes a space.
   */
  static void tsvLine(Writer out, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      String v = values.get(i);
      if (v != null) {
        out.write(v.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
      }
    }
    out.write('\n');
  }

  /** Receives one event row. */
  @FunctionalInterface
  interface RowSink {
    void accept(EventRow row) throws IOException;
  }
}
