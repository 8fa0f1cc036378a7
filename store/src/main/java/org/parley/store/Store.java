package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.Diagnostic;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.Place;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.store.contract.ContractJson;
import org.parley.store.contract.ContractMaps;
import org.parley.store.schema.Migrations;

/**
 * Parley's database: runs, articles, sentences, mentions, events, quotes and diagnostics in one
 * embedded DuckDB file, brought up to the current schema when opened ({@link Migrations}). Writes
 * are idempotent per article: {@link #writeDocument} replaces everything stored for that document
 * in one transaction, so coding the same input again never duplicates rows. Values only ever reach
 * SQL as bound parameters. One process at a time may open a file read-write (a DuckDB rule); within
 * a process, one Store is safe to share between threads, which take turns.
 */
public final class Store implements AutoCloseable {
  /** The file the CLI uses when none is named, in the working directory. */
  public static final String DEFAULT_LOCATION = "parley.duckdb";

  /** An in-memory database, gone when closed; for tests and throwaway runs. */
  public static final String IN_MEMORY = ":memory:";

  /** The tables {@link #count} accepts. */
  public static final Set<String> TABLES =
      Set.of(
          "runs",
          "articles",
          "sentences",
          "mentions",
          "events",
          "quotes",
          "diagnostics",
          "clusters",
          "cluster_members",
          "schema_version");

  private static final List<String> EVENT_COLUMNS =
      List.of(
          "event_id",
          "doc_id",
          "run_id",
          "sentence_index",
          "sentence",
          "date",
          "date_precision",
          "date_source",
          "source_text",
          "source_begin",
          "source_end",
          "source_code",
          "source_country",
          "source_sectors",
          "source_resolved_by",
          "target_text",
          "target_begin",
          "target_end",
          "target_code",
          "target_country",
          "target_sectors",
          "target_resolved_by",
          "cameo_code",
          "cameo_root",
          "cameo_name",
          "plover_type",
          "plover_mode",
          "quad_class",
          "penta_class",
          "goldstein",
          "location_name",
          "location_country",
          "location_lat",
          "location_lon",
          "location_begin",
          "location_end",
          "location_reason",
          "modality",
          "trigger",
          "trigger_begin",
          "trigger_end",
          "rule",
          "entries",
          "modality_cues",
          "confidence",
          "json");
  private static final List<String> MENTION_COLUMNS =
      List.of(
          "doc_id",
          "ordinal",
          "sentence_index",
          "start_token",
          "end_token",
          "head_token",
          "text",
          "span_begin",
          "span_end",
          "kind",
          "code",
          "country",
          "sectors",
          "resolved_by",
          "entry",
          "entries",
          "reason",
          "json");
  private static final List<String> SENTENCE_COLUMNS =
      List.of("doc_id", "sentence_index", "text", "span_begin", "span_end");
  private static final List<String> QUOTE_COLUMNS =
      List.of(
          "quote_id",
          "doc_id",
          "text",
          "span_begin",
          "span_end",
          "speaker_text",
          "speaker_begin",
          "speaker_end",
          "speaker_code",
          "cue",
          "event_id",
          "json");
  private static final List<String> ARTICLE_COLUMNS =
      List.of(
          "id",
          "run_id",
          "source",
          "url",
          "outlet",
          "published",
          "published_precision",
          "published_source",
          "language",
          "title",
          "byline",
          "sha256",
          "status",
          "duplicate_of",
          "body",
          "json");
  private static final List<String> DIAGNOSTIC_COLUMNS =
      List.of(
          "run_id", "doc_id", "ordinal", "severity", "file", "record", "input_offset", "reason");

  /** The process DuckDB names in its lock-conflict message. */
  private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");

  /** The first key of Parley's PostgreSQL advisory locks ("Prly"). */
  private static final int LOCK_NAMESPACE = 0x50726c79;

  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "sentences", SENTENCE_COLUMNS,
          "mentions", MENTION_COLUMNS,
          "events", EVENT_COLUMNS,
          "quotes", QUOTE_COLUMNS);

  private final String location;
  private final String opened;
  private final boolean readOnly;
  private final Engine engine;
  private final Connection connection;
  private final int schemaVersion;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private Store(
      String location,
      String opened,
      boolean readOnly,
      Engine engine,
      Connection connection,
      int schemaVersion) {
    this.location = location;
    this.opened = opened;
    this.readOnly = readOnly;
    this.engine = engine;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens the store at {@code location}, creating it if needed, and applies any migrations it
   * lacks: a PostgreSQL database for a {@code postgresql://user:password@host:port/database} URL
   * (see {@link PostgresLocation}), an in-memory DuckDB database for {@link #IN_MEMORY}, else a
   * DuckDB file. For DuckDB, extension auto-install and auto-load are switched off: Parley must
   * work offline, and DuckDB would otherwise try to download extensions on first use.
   *
   * @throws StoreException when the store cannot be reached or opened; for a DuckDB file that
   *     another process is writing, the message says so (DuckDB allows one writer per file)
   */
  public static Store open(String location) {
    return open(location, false);
  }

  /**
   * Opens an existing store for reading only, as {@code parley serve} does when it takes no
   * articles: a DuckDB file in DuckDB's read-only mode (so several readers may share it, though not
   * with a process writing it), a PostgreSQL database on a read-only connection. Nothing is
   * migrated: a store at an older schema version must first be opened for writing (any {@code
   * parley code} run does that).
   *
   * @throws StoreException when the store does not exist, cannot be opened (a DuckDB file being
   *     written by another process is named as such) or is not at this Parley's schema version
   */
  public static Store openReadOnly(String location) {
    return open(location, true);
  }

  private static Store open(String location, boolean readOnly) {
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
    Engine engine = Engine.of(location);
    String display = location;
    Connection connection = null;
    try {
      if (engine == Engine.POSTGRESQL) {
        PostgresLocation pg;
        try {
          pg = PostgresLocation.parse(location);
        } catch (IllegalArgumentException e) {
          throw new StoreException(e.getMessage(), e);
        }
        display = pg.display();
        connection = DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
        if (readOnly) {
          connection.setReadOnly(true);
        }
      } else {
        if (readOnly && (location.equals(IN_MEMORY) || !Files.isRegularFile(Path.of(location)))) {
          throw new StoreException(
              "no store at " + location + " (run parley code first, or give --db)");
        }
        connection = openDuckDb(location, readOnly);
      }
      int version = readOnly ? requireLatest(connection, display) : Migrations.apply(connection);
      requireColumns(connection, "sentences", SENTENCE_COLUMNS);
      requireColumns(connection, "mentions", MENTION_COLUMNS);
      requireColumns(connection, "events", EVENT_COLUMNS);
      requireColumns(connection, "quotes", QUOTE_COLUMNS);
      requireColumns(connection, "articles", ARTICLE_COLUMNS);
      connection.setAutoCommit(false);
      return new Store(display, location, readOnly, engine, connection, version);
    } catch (SQLException | RuntimeException e) {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      if (e instanceof RuntimeException r && !(e instanceof StoreException)) {
        throw r;
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(openFailure(display, engine, (SQLException) e), e);
    }
  }

  private static int requireLatest(Connection connection, String display) throws SQLException {
    int version;
    try {
      version = Migrations.version(connection);
    } catch (SQLException e) {
      throw new StoreException(
          "store " + display + " has no Parley schema (run parley code to create one)", e);
    }
    if (version < Migrations.latest()) {
      throw new StoreException.OlderSchema(
          "store "
              + display
              + " is at schema version "
              + version
              + " but this Parley reads version "
              + Migrations.latest()
              + ": open it once for writing (e.g. parley code) to migrate it");
    }
    if (version > Migrations.latest()) {
      throw new StoreException(
          "store "
              + display
              + " is at schema version "
              + version
              + ", newer than this Parley, which reads up to version "
              + Migrations.latest()
              + ": use a newer Parley");
    }
    return version;
  }

  private static Connection openDuckDb(String location, boolean readOnly) throws SQLException {
    String url;
    if (location.equals(IN_MEMORY)) {
      url = "jdbc:duckdb:";
    } else {
      Path parent = Path.of(location).toAbsolutePath().getParent();
      try {
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new StoreException("cannot create the folder for store " + location, e);
      }
      url = "jdbc:duckdb:" + location;
    }
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    Connection connection = DriverManager.getConnection(url, properties);
    try (Statement s = connection.createStatement()) {
      s.execute("SET autoinstall_known_extensions=false");
      s.execute("SET autoload_known_extensions=false");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * The message for a store that would not open. DuckDB's lock conflict (another process has the
   * file open for writing) is spelled out with what to do about it.
   */
  public static String openFailure(String display, Engine engine, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (engine == Engine.DUCKDB
        && (message.contains("Could not set lock") || message.contains("Conflicting lock"))) {
      Matcher pid = LOCK_HOLDER.matcher(message);
      return "store "
          + display
          + " is in use by another process"
          + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
          + ": a DuckDB store has one writer at a time. Wait for that run to finish, give this run"
          + " another --db file, or use a PostgreSQL store (--db postgresql://...), which takes"
          + " parallel writers";
    }
    if (engine == Engine.POSTGRESQL && "08001".equals(e.getSQLState())) {
      return "cannot connect to PostgreSQL store " + display + ": " + message;
    }
    return "cannot open store " + display + ": " + message;
  }

  /**
   * Fails when a table filled by the appender (which goes by column position) no longer has the
   * columns this code writes, in this order; a migration that adds a column must come with the code
   * that fills it.
   */
  private static void requireColumns(Connection connection, String table, List<String> expected)
      throws SQLException {
    List<String> actual = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          actual.add(r.getString(1));
        }
      }
    }
    if (!actual.equals(expected)) {
      throw new IllegalStateException(
          "table " + table + " has columns " + actual + " but this Parley writes " + expected);
    }
  }

  /** The store's location for messages: the DuckDB file, or the PostgreSQL URL without password. */
  public String location() {
    return location;
  }

  /** The database the store lives in. */
  public Engine engine() {
    return engine;
  }

  /** Whether the store was opened with {@link #openReadOnly}. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * A pool of {@code size} further connections to this store for concurrent readers (the store's
   * own methods share one connection and take turns): DuckDB connections duplicated from this one
   * (same database instance, so they see what this store commits), or new read-only PostgreSQL
   * connections. Close the pool before the store.
   */
  public ReadPool readPool(int size) {
    if (size < 1 || size > 64) {
      throw new IllegalArgumentException("size must be 1..64, was " + size);
    }
    List<Connection> out = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Connection c;
        if (engine == Engine.POSTGRESQL) {
          PostgresLocation pg = PostgresLocation.parse(opened);
          c = DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
          c.setReadOnly(true);
        } else {
          synchronized (this) {
            c = ((DuckDBConnection) connection).duplicate();
          }
        }
        c.setAutoCommit(true);
        out.add(c);
      }
    } catch (SQLException e) {
      for (Connection c : out) {
        try {
          c.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      throw new StoreException("store " + location + ": cannot open read connections: " + e, e);
    }
    return new ReadPool(location, out);
  }

  /** The schema version the database is at (the highest applied migration). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Records the start of a run; writing the same run id again replaces its record. */
  public synchronized void writeRun(RunRecord run) {
    Objects.requireNonNull(run, "run");
    transaction(
        "write run " + run.runId(),
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  upsert(
                      "runs",
                      List.of(
                          "run_id",
                          "started",
                          "parley_version",
                          "corenlp_version",
                          "options",
                          "dictionary_hashes"),
                      "run_id",
                      "finished = NULL, counts = NULL"))) {
            Binder b = new Binder(ps);
            b.string(run.runId());
            b.instant(run.started());
            b.string(run.parleyVersion());
            b.string(run.corenlpVersion());
            b.string(ContractJson.write(run.options()));
            b.string(ContractJson.write(run.dictionaryHashes()));
            ps.executeUpdate();
          }
        });
  }

  /** Records the end of a run and its summary counts (articles coded, events, diagnostics, ...). */
  public synchronized void finishRun(String runId, Instant finished, Map<String, Long> counts) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(counts, "counts");
    transaction(
        "finish run " + runId,
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?")) {
            Binder b = new Binder(ps);
            b.instant(finished);
            b.string(ContractJson.write(new TreeMap<>(counts)));
            b.string(runId);
            if (ps.executeUpdate() != 1) {
              throw new IllegalArgumentException(
                  "runId " + runId + " was never written with writeRun");
            }
          }
        });
  }

  /**
   * Stores one input article with what became of it and the diagnostics raised while reading it,
   * replacing what was stored for the same article id before.
   */
  public synchronized void writeArticle(
      Article article, ArticleStatus status, List<Diagnostic> diagnostics, String runId) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(runId, "runId");
    transaction(
        "write article " + article.id(),
        () -> {
          lockDocument(article.id());
          putArticle(article, status, diagnostics, runId);
        });
  }

  /**
   * Stores a coded article: its document (as {@link #writeDocument}) and its article row with
   * status {@code coded} and its diagnostics (as {@link #writeArticle}), in one transaction, so
   * that no reader and no crash ever sees the one without the other.
   */
  public synchronized void writeCoded(
      CodedDocument document, List<Diagnostic> diagnostics, String runId) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(runId, "runId");
    requireOwnRecords(document);
    String docId = document.article().id();
    transaction(
        "write coded article " + docId,
        () -> {
          lockDocument(docId);
          putDocument(document, runId);
          putArticle(document.article(), ArticleStatus.coded(), diagnostics, runId);
        });
  }

  private void putArticle(
      Article article, ArticleStatus status, List<Diagnostic> diagnostics, String runId)
      throws SQLException {
    Map<String, Object> json = ContractMaps.article(article, status, diagnostics);
    delete("diagnostics", "doc_id", article.id());
    PreparedStatement ps = prepared(upsert("articles", ARTICLE_COLUMNS, "id", null));
    Binder b = new Binder(ps);
    b.string(article.id());
    b.string(runId);
    b.string(article.source());
    b.string(article.url().orElse(null));
    b.string(article.outlet().orElse(null));
    b.string(article.published().map(d -> d.value()).orElse(null));
    b.string(article.published().map(d -> d.precision().label()).orElse(null));
    b.string(article.publishedSource());
    b.string(article.language().orElse(null));
    b.string(article.title().orElse(null));
    b.string(article.byline().orElse(null));
    b.string(article.sha256());
    b.string(status.label());
    b.string((String) json.get("duplicate_of"));
    b.string(article.body());
    b.string(ContractJson.write(json));
    ps.executeUpdate();
    insertDiagnostics(runId, article.id(), diagnostics);
  }

  /**
   * Stores diagnostics that belong to no single article (an unreadable file, a bad manifest line).
   */
  public synchronized void writeDiagnostics(String runId, List<Diagnostic> diagnostics) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(diagnostics, "diagnostics");
    transaction(
        "write diagnostics of run " + runId, () -> insertDiagnostics(runId, null, diagnostics));
  }

  /**
   * Replaces the sentences, mentions, events and quotes stored for this document, in one
   * transaction: after it the database holds exactly this document's rows, however often the same
   * input was coded before.
   *
   * @throws IllegalArgumentException when a mention, event or quote names another document
   * @throws StoreException when an event or quote id is already used by another document
   */
  public synchronized void writeDocument(CodedDocument document, String runId) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(runId, "runId");
    requireOwnRecords(document);
    String docId = document.article().id();
    transaction(
        "write document " + docId,
        () -> {
          lockDocument(docId);
          putDocument(document, runId);
        });
  }

  private static void requireOwnRecords(CodedDocument document) {
    String docId = document.article().id();
    for (ActorMention m : document.mentions()) {
      requireDoc(docId, m.docId(), "mention '" + m.text() + "'");
    }
    for (Event e : document.events()) {
      requireDoc(docId, e.docId(), "event " + e.eventId());
    }
    for (Quote q : document.quotes()) {
      requireDoc(docId, q.docId(), "quote " + q.quoteId());
    }
  }

  private void putDocument(CodedDocument document, String runId) throws SQLException {
    String docId = document.article().id();
    for (String table : List.of("sentences", "mentions", "events", "quotes")) {
      delete(table, "doc_id", docId);
    }
    insertSentences(docId, document.parsed().sentences());
    insertMentions(docId, document.mentions());
    insertEvents(document.events(), runId);
    insertQuotes(document.quotes());
  }

  /**
   * The event's contract JSON (as in {@code events.jsonl}) plus {@code article}: the id, title,
   * url, outlet, published date and body of its article (members null when the article was not
   * stored).
   */
  public synchronized Optional<Map<String, Object>> findEvent(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return read(
        "find event " + eventId,
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "SELECT e.json, e.doc_id, a.title, a.url, a.outlet, a.published, a.body "
                      + "FROM events e LEFT JOIN articles a ON a.id = e.doc_id WHERE e.event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet r = ps.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              Map<String, Object> event = ContractJson.read(r.getString(1));
              Map<String, Object> article = new LinkedHashMap<>();
              article.put("id", r.getString(2));
              article.put("title", r.getString(3));
              article.put("url", r.getString(4));
              article.put("outlet", r.getString(5));
              article.put("published", r.getString(6));
              article.put("body", r.getString(7));
              event.put("article", article);
              return Optional.of(event);
            }
          }
        });
  }

  /** Up to {@code limit} events as contract JSON maps, in document, sentence and id order. */
  public synchronized List<Map<String, Object>> events(int limit) {
    requireLimit(limit);
    return jsonRows(
        "SELECT json FROM events ORDER BY doc_id, sentence_index, event_id LIMIT ?",
        ps -> ps.setInt(1, limit));
  }

  /** The events of one document as contract JSON maps, in sentence and id order. */
  public synchronized List<Map<String, Object>> eventsOf(String docId) {
    Objects.requireNonNull(docId, "docId");
    return jsonRows(
        "SELECT json FROM events WHERE doc_id = ? ORDER BY sentence_index, event_id",
        ps -> ps.setString(1, docId));
  }

  /** Up to {@code limit} quotes as contract JSON maps, in document and text order. */
  public synchronized List<Map<String, Object>> quotes(int limit) {
    requireLimit(limit);
    return jsonRows(
        "SELECT json FROM quotes ORDER BY doc_id, span_begin, quote_id LIMIT ?",
        ps -> ps.setInt(1, limit));
  }

  /** The quotes of one document as contract JSON maps, in text order. */
  public synchronized List<Map<String, Object>> quotesOf(String docId) {
    Objects.requireNonNull(docId, "docId");
    return jsonRows(
        "SELECT json FROM quotes WHERE doc_id = ? ORDER BY span_begin, quote_id",
        ps -> ps.setString(1, docId));
  }

  /**
   * A run's record: run_id, started, finished (ISO instants; finished null while running),
   * parley_version, corenlp_version, options, dictionary_hashes and counts (maps; counts null while
   * running).
   */
  public synchronized Optional<Map<String, Object>> findRun(String runId) {
    Objects.requireNonNull(runId, "runId");
    return read(
        "find run " + runId,
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "SELECT run_id, started, finished, parley_version, corenlp_version, options, "
                      + "dictionary_hashes, counts FROM runs WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet r = ps.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              Map<String, Object> run = new LinkedHashMap<>();
              run.put("run_id", r.getString(1));
              run.put("started", instant(r, 2));
              run.put("finished", instant(r, 3));
              run.put("parley_version", r.getString(4));
              run.put("corenlp_version", r.getString(5));
              run.put("options", ContractJson.read(r.getString(6)));
              run.put("dictionary_hashes", ContractJson.read(r.getString(7)));
              String counts = r.getString(8);
              run.put("counts", counts == null ? null : ContractJson.read(counts));
              return Optional.of(run);
            }
          }
        });
  }

  /**
   * The latest run of {@code job} (the {@code job} option a run records) that never finished: a run
   * that was killed, which a new run of the same job continues.
   */
  public synchronized Optional<String> findUnfinishedRun(String job) {
    Objects.requireNonNull(job, "job");
    return read(
        "find unfinished run of job " + job,
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "SELECT run_id, options FROM runs WHERE finished IS NULL ORDER BY started DESC")) {
            try (ResultSet r = ps.executeQuery()) {
              while (r.next()) {
                Map<String, Object> options = ContractJson.read(r.getString(2));
                if (job.equals(options.get("job"))) {
                  return Optional.of(r.getString(1));
                }
              }
              return Optional.empty();
            }
          }
        });
  }

  /**
   * The id of a coded article whose body has SHA-256 {@code sha256}, other than {@code id} (the
   * first by id when there are several); empty when there is none. A coding run asks this of each
   * new article, so that text an earlier run coded is not coded again under another id.
   */
  public synchronized Optional<String> codedWithContent(String sha256, String id) {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(id, "id");
    return read(
        "find an article with body hash " + sha256,
        () -> {
          PreparedStatement ps =
              prepared(
                  "SELECT id FROM articles WHERE sha256 = ? AND id <> ? AND status = 'coded'"
                      + " ORDER BY id LIMIT 1");
          ps.setString(1, sha256);
          ps.setString(2, id);
          try (ResultSet r = ps.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
          }
        });
  }

  /** The articles stored by run {@code runId}: id to status label. */
  public synchronized Map<String, String> articleStatuses(String runId) {
    Objects.requireNonNull(runId, "runId");
    return read(
        "articles of run " + runId,
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement("SELECT id, status FROM articles WHERE run_id = ?")) {
            ps.setString(1, runId);
            Map<String, String> out = new LinkedHashMap<>();
            try (ResultSet r = ps.executeQuery()) {
              while (r.next()) {
                out.put(r.getString(1), r.getString(2));
              }
            }
            return out;
          }
        });
  }

  /** The number of rows in {@code table}, which must be one of {@link #TABLES}. */
  public synchronized long count(String table) {
    Objects.requireNonNull(table, "table");
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("table '" + table + "' is not one of " + sortedTables());
    }
    // The name is one of the fixed identifiers above, never user text, so it may be part of the
    // SQL.
    return read(
        "count " + table,
        () -> {
          try (Statement s = connection.createStatement();
              ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  @Override
  public synchronized void close() {
    try {
      connection.commit();
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location, e);
    }
  }

  private static List<String> sortedTables() {
    List<String> out = new ArrayList<>(TABLES);
    Collections.sort(out);
    return out;
  }

  private static void requireDoc(String docId, String actual, String what) {
    if (!docId.equals(actual)) {
      throw new IllegalArgumentException(
          "document " + docId + ": " + what + " belongs to document " + actual);
    }
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
  }

  private void insertSentences(String docId, List<Sentence> sentences) throws SQLException {
    append(
        "sentences",
        sentences,
        (s, row) -> {
          row.string(docId);
          row.integer(s.index());
          row.string(s.text());
          row.span(s.span());
        });
  }

  private void insertMentions(String docId, List<ActorMention> mentions) throws SQLException {
    int[] ordinal = {0};
    append(
        "mentions",
        mentions,
        (m, row) -> {
          Map<String, Object> json = ContractMaps.mention(m);
          row.string(docId);
          row.integer(ordinal[0]++);
          row.integer(m.sentence());
          row.integer(m.startToken());
          row.integer(m.endToken());
          row.integer(m.head());
          row.string(m.text());
          row.span(m.span());
          row.string(m.kind());
          row.string((String) json.get("code"));
          row.string((String) json.get("country"));
          row.list(strings(json.get("sectors")));
          row.string(m.resolvedBy().label());
          row.string((String) json.get("entry"));
          row.list(strings(json.get("entries")));
          row.string(m.reason());
          row.string(ContractJson.write(json));
        });
  }

  private void insertEvents(List<Event> events, String runId) throws SQLException {
    append(
        "events",
        events,
        (e, row) -> {
          row.string(e.eventId());
          row.string(e.docId());
          row.string(runId);
          row.integer(e.sentenceIndex());
          row.string(e.sentence());
          row.string(e.date().map(d -> d.value()).orElse(null));
          row.string(e.date().map(d -> d.precision().label()).orElse(null));
          row.string(e.dateSource());
          participant(row, Optional.of(e.source()));
          participant(row, e.target());
          row.string(e.type().cameoCode());
          row.string(e.type().root());
          row.string(e.type().name());
          row.string(e.type().ploverType().orElse(null));
          row.string(e.type().ploverMode().orElse(null));
          row.integer(e.type().quadClass());
          row.integer(e.type().pentaClass());
          row.decimal(e.type().goldstein());
          Optional<Place> place = e.location();
          row.string(place.map(Place::name).orElse(null));
          row.string(place.flatMap(Place::country).orElse(null));
          row.decimal(place.flatMap(Place::lat).orElse(null));
          row.decimal(place.flatMap(Place::lon).orElse(null));
          row.integer(place.map(p -> p.span().begin()).orElse(null));
          row.integer(place.map(p -> p.span().end()).orElse(null));
          row.string(place.map(Place::reason).orElse(null));
          row.string(e.modality().label());
          row.string(e.evidence().trigger());
          row.span(e.evidence().span());
          row.string(e.evidence().rule());
          row.list(ContractMaps.entries(e.evidence().entries()));
          row.list(e.evidence().modalityCues());
          row.decimal(e.confidence());
          row.string(ContractJson.write(ContractMaps.event(e, runId)));
        });
  }

  private static void participant(Columns row, Optional<EventParticipant> p) throws SQLException {
    row.string(p.map(EventParticipant::text).orElse(null));
    row.integer(p.map(x -> x.span().begin()).orElse(null));
    row.integer(p.map(x -> x.span().end()).orElse(null));
    row.string(p.map(x -> x.code().code()).orElse(null));
    row.string(p.flatMap(x -> x.code().country()).orElse(null));
    row.list(p.map(x -> x.code().sectors()).orElse(null));
    row.string(p.map(x -> x.resolvedBy().label()).orElse(null));
  }

  private void insertQuotes(List<Quote> quotes) throws SQLException {
    append(
        "quotes",
        quotes,
        (q, row) -> {
          row.string(q.quoteId());
          row.string(q.docId());
          row.string(q.text());
          row.span(q.span());
          row.string(q.speakerText().orElse(null));
          row.integer(q.speakerSpan().map(CharSpan::begin).orElse(null));
          row.integer(q.speakerSpan().map(CharSpan::end).orElse(null));
          row.string(q.speakerCode().map(c -> c.code()).orElse(null));
          row.string(q.cue().orElse(null));
          row.string(q.eventId().orElse(null));
          row.string(ContractJson.write(ContractMaps.quote(q)));
        });
  }

  /**
   * Appends rows. On DuckDB with its Appender, which is far faster than batched inserts (DuckDB
   * runs a batch row by row, about 0.7 ms each) and takes part in the open transaction; it fills
   * columns by position, so {@link #requireColumns} checks at open that the tables still have the
   * order written here. On PostgreSQL with a batched insert, which the driver sends as multi-row
   * inserts.
   */
  private <T> void append(String table, List<T> items, RowWriter<T> writer) throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    if (engine == Engine.POSTGRESQL) {
      PreparedStatement ps = prepared(insert(table, COLUMNS.get(table)));
      for (T item : items) {
        writer.write(item, new Binder(ps));
        ps.addBatch();
      }
      ps.executeBatch();
      return;
    }
    try (DuckDBAppender appender =
        connection.unwrap(DuckDBConnection.class).createAppender(table)) {
      AppenderRow row = new AppenderRow(appender);
      for (T item : items) {
        appender.beginRow();
        writer.write(item, row);
        appender.endRow();
      }
      // close() alone drops the rows silently when they break a constraint; flush() reports it.
      appender.flush();
    }
  }

  /**
   * On PostgreSQL, where several processes may write at once, makes writers of the same document
   * take turns until the transaction ends, so that one's delete-and-insert never interleaves with
   * another's. DuckDB has a single writer and needs no lock.
   */
  private void lockDocument(String docId) throws SQLException {
    if (engine != Engine.POSTGRESQL) {
      return;
    }
    PreparedStatement ps = prepared("SELECT pg_advisory_xact_lock(?, ?)");
    ps.setInt(1, LOCK_NAMESPACE);
    ps.setInt(2, docId.hashCode());
    ps.execute();
  }

  /**
   * Takes {@code key} in Parley's namespace of PostgreSQL advisory locks until the transaction on
   * {@code connection} ends; nothing on DuckDB. Clustering takes one key so that two processes
   * never cluster the same events at once.
   */
  public static void lockForTransaction(Connection connection, int key) throws SQLException {
    if (Engine.of(connection) != Engine.POSTGRESQL) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
      ps.setInt(1, LOCK_NAMESPACE);
      ps.setInt(2, key);
      ps.execute();
    }
  }

  private void insertDiagnostics(String runId, String docId, List<Diagnostic> diagnostics)
      throws SQLException {
    if (diagnostics.isEmpty()) {
      return;
    }
    PreparedStatement ps = prepared(insert("diagnostics", DIAGNOSTIC_COLUMNS));
    int ordinal = 0;
    for (Diagnostic d : diagnostics) {
      Binder b = new Binder(ps);
      b.string(runId);
      b.string(docId);
      b.integer(ordinal++);
      b.string(d.severity().name().toLowerCase(Locale.ROOT));
      b.string(d.file());
      b.string(d.record());
      b.longValue(d.offset());
      b.string(d.reason());
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private void delete(String table, String keyColumn, String key) throws SQLException {
    PreparedStatement ps = prepared("DELETE FROM " + table + " WHERE " + keyColumn + " = ?");
    ps.setString(1, key);
    ps.executeUpdate();
  }

  /**
   * A prepared statement kept for the life of the store: DuckDB spends about as long preparing a
   * statement as running it, and the write path runs the same few statements for every article.
   */
  private PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private List<Map<String, Object>> jsonRows(String sql, Parameters parameters) {
    return read(
        sql,
        () -> {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            parameters.bind(ps);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
              while (r.next()) {
                out.add(ContractJson.read(r.getString(1)));
              }
            }
            return out;
          }
        });
  }

  private static String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?"))
        + ")";
  }

  /**
   * An insert that replaces the row with the same {@code key}: every other column takes the new
   * value, then {@code alsoSet} (extra assignments, or null) applies. The same text runs on DuckDB
   * and PostgreSQL.
   */
  private static String upsert(String table, List<String> columns, String key, String alsoSet) {
    List<String> set = new ArrayList<>();
    for (String c : columns) {
      if (!c.equals(key)) {
        set.add(c + " = EXCLUDED." + c);
      }
    }
    if (alsoSet != null) {
      set.add(alsoSet);
    }
    return insert(table, columns)
        + " ON CONFLICT ("
        + key
        + ") DO UPDATE SET "
        + String.join(", ", set);
  }

  private static String instant(ResultSet r, int column) throws SQLException {
    LocalDateTime t = r.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC).toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }

  /**
   * Runs {@code work} as one transaction. The connection stays out of auto-commit for the store's
   * life: switching modes around every write costs DuckDB two extra statements.
   */
  private void transaction(String what, Work work) {
    try {
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private <T> T read(String what, Query<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** Work on the store's connection, for the store's own packages (exports, clusters). */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs read-only {@code work} on the store's connection, with failures reported as {@link
   * StoreException} naming the store and {@code what}. The work must not write: use {@link
   * #inTransaction} for that.
   */
  public synchronized <T> T reading(String what, ConnectionWork<T> work) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(work, "work");
    return read(what, () -> work.run(connection));
  }

  /**
   * Runs {@code work} on the store's connection as one transaction: committed when it returns,
   * rolled back when it throws.
   */
  public synchronized <T> T inTransaction(String what, ConnectionWork<T> work) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(work, "work");
    List<T> result = new ArrayList<>(1);
    transaction(what, () -> result.add(work.run(connection)));
    return result.get(0);
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  @FunctionalInterface
  private interface Query<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  private interface Parameters {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowWriter<T> {
    void write(T item, Columns row) throws SQLException;
  }

  /** The values of one row, in column order; {@code null} is SQL NULL. */
  private interface Columns {
    void string(String value) throws SQLException;

    void integer(Integer value) throws SQLException;

    void longValue(long value) throws SQLException;

    void decimal(Double value) throws SQLException;

    void list(List<String> values) throws SQLException;

    void instant(Instant value) throws SQLException;

    default void span(CharSpan span) throws SQLException {
      integer(span.begin());
      integer(span.end());
    }
  }

  /** Binds values to consecutive parameters of a prepared statement. */
  private final class Binder implements Columns {
    private final PreparedStatement ps;
    private int next = 1;

    Binder(PreparedStatement ps) {
      this.ps = ps;
    }

    @Override
    public void string(String value) throws SQLException {
      if (value == null) {
        ps.setNull(next++, Types.VARCHAR);
      } else {
        ps.setString(next++, value);
      }
    }

    @Override
    public void integer(Integer value) throws SQLException {
      if (value == null) {
        ps.setNull(next++, Types.INTEGER);
      } else {
        ps.setInt(next++, value);
      }
    }

    @Override
    public void longValue(long value) throws SQLException {
      ps.setLong(next++, value);
    }

    @Override
    public void decimal(Double value) throws SQLException {
      if (value == null) {
        ps.setNull(next++, Types.DOUBLE);
      } else {
        ps.setDouble(next++, value);
      }
    }

    @Override
    public void list(List<String> values) throws SQLException {
      if (values == null) {
        ps.setNull(next++, Types.ARRAY);
      } else {
        ps.setArray(next++, connection.createArrayOf("VARCHAR", values.toArray()));
      }
    }

    @Override
    public void instant(Instant value) throws SQLException {
      ps.setObject(next++, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  /** Appends values to the current row of a DuckDB appender. */
  private static final class AppenderRow implements Columns {
    private final DuckDBAppender appender;

    AppenderRow(DuckDBAppender appender) {
      this.appender = appender;
    }

    @Override
    public void string(String value) throws SQLException {
      if (value == null) {
        appender.appendNull();
      } else {
        appender.append(value);
      }
    }

    @Override
    public void integer(Integer value) throws SQLException {
      if (value == null) {
        appender.appendNull();
      } else {
        appender.append(value.intValue());
      }
    }

    @Override
    public void longValue(long value) throws SQLException {
      appender.append(value);
    }

    @Override
    public void decimal(Double value) throws SQLException {
      if (value == null) {
        appender.appendNull();
      } else {
        appender.append(value.doubleValue());
      }
    }

    @Override
    public void list(List<String> values) throws SQLException {
      if (values == null) {
        appender.appendNull();
      } else {
        appender.append(values);
      }
    }

    @Override
    public void instant(Instant value) throws SQLException {
      appender.append(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }
}
