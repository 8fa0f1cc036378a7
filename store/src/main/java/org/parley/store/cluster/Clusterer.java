package org.parley.store.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.store.Engine;
import org.parley.store.Store;
import org.parley.store.cluster.ClusterEvent.DateRange;
import org.parley.store.cluster.ClusterEvent.PlaceKey;

/**
 * Groups the store's asserted events into clusters of reports of one occurrence ({@link
 * ClusterRules}), incrementally: {@link #update} adds the events not yet in a cluster to existing
 * clusters or new ones, without rebuilding the rest.
 *
 * <p>Order and ids: pending events are taken by date, article, sentence and event id ({@link
 * ClusterEvent#ORDER}); each joins the compatible cluster (every member compatible with it) whose
 * dates are nearest, ties to the larger cluster, then to the smaller cluster id, or else starts a
 * new cluster whose id is {@code C-} plus its event id. So one store gives the same clusters and
 * ids whatever order articles were coded in within a run. Across runs, clusters keep their ids: a
 * later report joins the cluster started by the first one clustered.
 *
 * <p>Re-coding: {@link Store#writeDocument} deletes an article's events and inserts the new ones. A
 * cluster with a member whose event is gone, or whose article was (re-)coded in the run being
 * clustered, is dissolved and its remaining events are clustered again with the new ones; so an
 * article's memberships are replaced, never left dangling.
 *
 * <p>Events without a date of their own take their article's publication date; events with neither,
 * and events that are not asserted, are never clustered.
 */
public final class Clusterer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EVENT_COLUMNS =
      "e.event_id, e.doc_id, a.outlet, a.published, e.sentence_index, e.sentence, e.source_code, "
          + "e.source_country, e.source_sectors, e.target_code, e.target_country, e.target_sectors, "
          + "e.cameo_code, e.cameo_root, e.date, e.location_name, e.location_country, e.json, "
          + "e.goldstein, e.quad_class, e.penta_class, e.confidence";

  /**
   * What one update did.
   *
   * @param pending events considered (asserted and in no cluster, including those of dissolved
   *     clusters)
   * @param undated of those, events left out for want of any date
   * @param joined events that joined a cluster that already had members
   * @param created new clusters
   * @param dissolved clusters dissolved because a member's article was re-coded or deleted
   * @param clusters clusters in the store afterwards
   * @param millis time taken
   */
  public record Result(
      int pending,
      int undated,
      int joined,
      int created,
      int dissolved,
      long clusters,
      long millis) {}

  /**
   * The advisory lock key clustering holds on PostgreSQL (see {@link Store#lockForTransaction}).
   */
  private static final int CLUSTERING_LOCK = 1;

  private final Connection connection;
  private final String runId;
  private final Map<String, Bucket> buckets = new HashMap<>();
  private final List<Cluster> touched = new ArrayList<>();

  private Clusterer(Connection connection, String runId) {
    this.connection = connection;
    this.runId = runId;
  }

  /** Clusters the events not yet in a cluster, as run {@code runId}, in one transaction. */
  public static Result update(Store store, String runId) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(runId, "runId");
    return store.inTransaction(
        "cluster the events of run " + runId, c -> new Clusterer(c, runId).run());
  }

  /** Forgets every cluster and clusters all events again, as run {@code runId}. */
  public static Result rebuild(Store store, String runId) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(runId, "runId");
    return store.inTransaction(
        "re-cluster all events as run " + runId,
        c -> {
          Store.lockForTransaction(c, CLUSTERING_LOCK);
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM cluster_members");
              PreparedStatement ps2 = c.prepareStatement("DELETE FROM clusters")) {
            ps.executeUpdate();
            ps2.executeUpdate();
          }
          return new Clusterer(c, runId).run();
        });
  }

  private Result run() throws SQLException {
    long start = System.nanoTime();
    // On PostgreSQL, processes that cluster at the same time take turns: each then sees the
    // members the one before committed, so no event joins two clusters.
    Store.lockForTransaction(connection, CLUSTERING_LOCK);
    int dissolved = dissolve();
    List<ClusterEvent> pending = new ArrayList<>();
    int[] undated = {0};
    query(
        "SELECT "
            + EVENT_COLUMNS
            + " FROM events e LEFT JOIN articles a ON a.id = e.doc_id WHERE e.modality = 'asserted' "
            + "AND NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.event_id = e.event_id)",
        ps -> {},
        r -> {
          Optional<ClusterEvent> e = event(r, 0);
          if (e.isPresent()) {
            pending.add(e.get());
          } else {
            undated[0]++;
          }
        });
    int joined = 0;
    int created = 0;
    if (!pending.isEmpty()) {
      pending.sort(ClusterEvent.ORDER);
      LocalDate from = pending.get(0).date().from();
      LocalDate to = pending.stream().map(e -> e.date().to()).max(Comparator.naturalOrder()).get();
      loadClusters(from.minusDays(1), to.plusDays(1));
      for (ClusterEvent e : pending) {
        Optional<Cluster> best = best(e);
        if (best.isPresent()) {
          Cluster c = best.get();
          ClusterRules.Match m = ClusterRules.compare(c.members.get(0), e);
          bucket(e).remove(c);
          c.add(e, m.reason());
          bucket(e).add(c);
          touch(c);
          joined++;
        } else {
          Cluster c = new Cluster("C-" + e.eventId(), runId);
          c.add(
              e,
              "first report: " + e.dyad() + " " + e.code() + " " + e.dateLabel() + placeLabel(e));
          bucket(e).add(c);
          touch(c);
          created++;
        }
      }
      write();
    }
    long clusters = count();
    return new Result(
        pending.size() + undated[0],
        undated[0],
        joined,
        created,
        dissolved,
        clusters,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static String placeLabel(ClusterEvent e) {
    return e.place().map(p -> ", place " + p.name()).orElse(", place unknown");
  }

  private void touch(Cluster c) {
    if (!c.touched) {
      c.touched = true;
      touched.add(c);
    }
  }

  private Bucket bucket(ClusterEvent e) {
    return buckets.computeIfAbsent(e.bucket(), k -> new Bucket());
  }

  /**
   * The compatible cluster nearest in date, then with the most members (a general code such as
   * {@code 04} that fits two occurrences joins the more reported one), then with the smallest id.
   */
  private Optional<Cluster> best(ClusterEvent e) {
    Cluster best = null;
    long bestDistance = Long.MAX_VALUE;
    for (Cluster c : bucket(e).near(e.date())) {
      boolean all = true;
      for (ClusterEvent m : c.members) {
        if (!ClusterRules.compare(m, e).ok()) {
          all = false;
          break;
        }
      }
      if (!all) {
        continue;
      }
      long d = c.range().distance(e.date());
      if (d < bestDistance
          || d == bestDistance
              && (c.members.size() > best.members.size()
                  || c.members.size() == best.members.size() && c.id.compareTo(best.id) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Dissolves clusters with a member whose event is gone or whose article has events of this run
   * (coded or re-coded now), so that those events are clustered afresh.
   */
  private int dissolve() throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    query(
        "SELECT DISTINCT m.cluster_id FROM cluster_members m WHERE NOT EXISTS "
            + "(SELECT 1 FROM events e WHERE e.event_id = m.event_id AND e.modality = 'asserted') "
            + "OR m.doc_id IN (SELECT e2.doc_id FROM events e2 WHERE e2.run_id = ?) ORDER BY m.cluster_id",
        ps -> ps.setString(1, runId),
        r -> ids.add(r.getString(1)));
    try (PreparedStatement members =
            connection.prepareStatement("DELETE FROM cluster_members WHERE cluster_id = ?");
        PreparedStatement clusters =
            connection.prepareStatement("DELETE FROM clusters WHERE cluster_id = ?")) {
      for (String id : ids) {
        members.setString(1, id);
        members.addBatch();
        clusters.setString(1, id);
        clusters.addBatch();
      }
      if (!ids.isEmpty()) {
        members.executeBatch();
        clusters.executeBatch();
      }
    }
    return ids.size();
  }

  /** Loads the existing clusters whose dates reach into [from, to] with their members. */
  private void loadClusters(LocalDate from, LocalDate to) throws SQLException {
    Map<String, Cluster> byId = new HashMap<>();
    query(
        "SELECT m.cluster_id, m.reason, c.created_run, "
            + EVENT_COLUMNS
            + " FROM clusters c JOIN cluster_members m ON m.cluster_id = c.cluster_id "
            + "JOIN events e ON e.event_id = m.event_id LEFT JOIN articles a ON a.id = e.doc_id "
            + "WHERE c.date_to >= ? AND c.date_from <= ? ORDER BY m.cluster_id, m.ordinal",
        ps -> {
          ps.setDate(1, java.sql.Date.valueOf(from));
          ps.setDate(2, java.sql.Date.valueOf(to));
        },
        r -> {
          String id = r.getString(1);
          Cluster c = byId.computeIfAbsent(id, k -> new Cluster(k, null));
          if (c.createdRun == null) {
            c.createdRun = r.getString(3);
          }
          // Members were clusterable when they joined; a member whose article lost its date would
          // have dissolved the cluster (re-coding).
          ClusterEvent e = event(r, 3).orElseThrow();
          c.add(e, r.getString(2));
          c.stored++;
        });
    for (Cluster c : byId.values()) {
      buckets.computeIfAbsent(c.members.get(0).bucket(), k -> new Bucket()).add(c);
    }
  }

  private static final List<String> CLUSTER_COLUMNS =
      List.of(
          "cluster_id",
          "first_event_id",
          "representative_event_id",
          "representative_sentence",
          "source_key",
          "target_key",
          "dyad",
          "cameo_root",
          "cameo_code",
          "goldstein",
          "quad_class",
          "penta_class",
          "date_from",
          "date_to",
          "earliest_report",
          "location_name",
          "location_country",
          "geonames_id",
          "num_mentions",
          "num_articles",
          "num_sources",
          "created_run",
          "updated_run");

  private static final List<String> MEMBER_COLUMNS =
      List.of("cluster_id", "event_id", "doc_id", "outlet", "ordinal", "reason");

  /** SQL NULL of a type, as a value for {@link #insertRows}. */
  private record Null(int sqlType) {}

  private static final Null NO_TEXT = new Null(java.sql.Types.VARCHAR);

  private void write() throws SQLException {
    List<String> replaced = new ArrayList<>();
    List<Object[]> clusterRows = new ArrayList<>();
    List<Object[]> memberRows = new ArrayList<>();
    for (Cluster c : touched) {
      if (c.stored > 0) {
        replaced.add(c.id);
      }
      ClusterEvent first = c.members.get(0);
      ClusterEvent rep = c.representative();
      Optional<PlaceKey> place = c.members.stream().flatMap(e -> e.place().stream()).findFirst();
      Set<String> docs = new HashSet<>();
      Set<String> sources = new HashSet<>();
      String earliest = null;
      for (ClusterEvent e : c.members) {
        docs.add(e.docId());
        sources.add(e.outlet().map(o -> "outlet:" + o).orElse("doc:" + e.docId()));
        String p = e.published().orElse(null);
        if (p != null && (earliest == null || p.compareTo(earliest) < 0)) {
          earliest = p;
        }
      }
      clusterRows.add(
          new Object[] {
            c.id,
            first.eventId(),
            rep.eventId(),
            rep.sentence(),
            first.sourceKey(),
            first.targetKey(),
            first.dyad(),
            first.root(),
            c.code(),
            rep.goldstein(),
            rep.quadClass(),
            rep.pentaClass(),
            java.sql.Date.valueOf(c.range().from()),
            java.sql.Date.valueOf(c.range().to()),
            earliest == null ? NO_TEXT : earliest,
            place.<Object>map(PlaceKey::name).orElse(NO_TEXT),
            place.flatMap(PlaceKey::country).<Object>map(x -> x).orElse(NO_TEXT),
            place
                .flatMap(PlaceKey::geonamesId)
                .<Object>map(x -> x)
                .orElse(new Null(java.sql.Types.BIGINT)),
            c.members.size(),
            docs.size(),
            sources.size(),
            c.createdRun,
            runId
          });
      for (int k = c.stored; k < c.members.size(); k++) {
        ClusterEvent e = c.members.get(k);
        memberRows.add(
            new Object[] {
              c.id,
              e.eventId(),
              e.docId(),
              e.outlet().<Object>map(x -> x).orElse(NO_TEXT),
              k,
              c.reasons.get(k)
            });
      }
    }
    for (int from = 0; from < replaced.size(); from += 500) {
      List<String> chunk = replaced.subList(from, Math.min(replaced.size(), from + 500));
      try (PreparedStatement ps =
          connection.prepareStatement(
              "DELETE FROM clusters WHERE cluster_id IN ("
                  + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        ps.executeUpdate();
      }
    }
    insertRows("clusters", CLUSTER_COLUMNS, clusterRows);
    insertRows("cluster_members", MEMBER_COLUMNS, memberRows);
  }

  /**
   * Inserts rows: on DuckDB with its appender, elsewhere with one batched insert, which the
   * PostgreSQL driver sends as multi-row inserts (the store connects with reWriteBatchedInserts).
   */
  private void insertRows(String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    if (Engine.of(connection) == Engine.DUCKDB) {
      append(table, rows);
      return;
    }
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (row[i] instanceof Null nul) {
            ps.setNull(i + 1, nul.sqlType());
          } else {
            ps.setObject(i + 1, row[i]);
          }
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * DuckDB's appender, as the store uses for its own tables: tens of times faster than inserts
   * there. The rows are in the table's column order (V2__clusters.sql).
   */
  private void append(String table, List<Object[]> rows) throws SQLException {
    try (org.duckdb.DuckDBAppender appender =
        connection.unwrap(org.duckdb.DuckDBConnection.class).createAppender(table)) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (Object v : row) {
          if (v instanceof Null) {
            appender.appendNull();
          } else if (v instanceof String x) {
            appender.append(x);
          } else if (v instanceof Integer x) {
            appender.append(x.intValue());
          } else if (v instanceof Long x) {
            appender.append(x.longValue());
          } else if (v instanceof Double x) {
            appender.append(x.doubleValue());
          } else if (v instanceof java.sql.Date x) {
            appender.append(x.toLocalDate());
          } else {
            throw new IllegalStateException("no appender value for " + v.getClass());
          }
        }
        appender.endRow();
      }
      appender.flush();
    }
  }

  private long count() throws SQLException {
    long[] n = {0};
    query("SELECT count(*) FROM clusters", ps -> {}, r -> n[0] = r.getLong(1));
    return n[0];
  }

  /** Reads the event columns starting after {@code offset}; empty when it has no usable date. */
  private static Optional<ClusterEvent> event(ResultSet r, int offset) throws SQLException {
    int i = offset + 1;
    String eventId = r.getString(i++);
    String docId = r.getString(i++);
    String outlet = r.getString(i++);
    String published = r.getString(i++);
    int sentenceIndex = r.getInt(i++);
    String sentence = r.getString(i++);
    String sourceCode = r.getString(i++);
    String sourceCountry = r.getString(i++);
    Set<String> sourceSectors = strings(r.getArray(i++));
    String targetCode = r.getString(i++);
    String targetCountry = r.getString(i++);
    Set<String> targetSectors = strings(r.getArray(i++));
    String code = r.getString(i++);
    String root = r.getString(i++);
    String date = r.getString(i++);
    String locationName = r.getString(i++);
    String locationCountry = r.getString(i++);
    String json = r.getString(i++);
    double goldstein = r.getDouble(i++);
    int quad = r.getInt(i++);
    int penta = r.getInt(i++);
    double confidence = r.getDouble(i++);
    String dated = date;
    String label = date;
    if (dated == null && published != null) {
      dated = datePart(published);
      label = dated + " (published)";
    }
    Optional<DateRange> range = DateRange.of(dated);
    if (range.isEmpty()) {
      return Optional.empty();
    }
    Optional<PlaceKey> place = Optional.empty();
    if (locationName != null) {
      // A name the gazetteer could not place is no location (the contract's location is null):
      // it is compared as an unknown place.
      JsonNode location;
      try {
        location = JSON.readTree(json).path("location");
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("event " + eventId + " has unreadable JSON: " + e.getMessage(), e);
      }
      if (location.isObject()) {
        JsonNode id = location.path("geonames_id");
        Optional<Long> geonames =
            id.isIntegralNumber() ? Optional.of(id.asLong()) : Optional.empty();
        place =
            Optional.of(new PlaceKey(locationName, Optional.ofNullable(locationCountry), geonames));
      }
    }
    return Optional.of(
        new ClusterEvent(
            eventId,
            docId,
            Optional.ofNullable(outlet),
            Optional.ofNullable(published).map(Clusterer::datePart),
            sentenceIndex,
            sentence,
            sourceCountry != null ? sourceCountry : sourceCode,
            sourceSectors,
            targetCountry != null ? targetCountry : targetCode == null ? "" : targetCode,
            targetSectors,
            code,
            root,
            range.get(),
            label,
            dated.length() == 10,
            place,
            goldstein,
            quad,
            penta,
            confidence));
  }

  /** The date part of a stored publication date ("2019-04-25T09:00:00Z" is "2019-04-25"). */
  static String datePart(String published) {
    int t = published.indexOf('T');
    return t >= 0 ? published.substring(0, t) : published;
  }

  private static Set<String> strings(Array array) throws SQLException {
    if (array == null) {
      return Set.of();
    }
    Object[] values = (Object[]) array.getArray();
    Set<String> out = new HashSet<>();
    for (Object v : values) {
      if (v != null) {
        out.add(v.toString());
      }
    }
    return out;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  private void query(String sql, Binder binder, RowReader reader) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    }
  }

  /** One cluster being built: members in the order they joined, with why. */
  private static final class Cluster {
    final String id;
    String createdRun;
    final List<ClusterEvent> members = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    int stored;
    boolean touched;
    private LocalDate dayFrom;
    private LocalDate dayTo;
    private LocalDate coarseFrom;
    private LocalDate coarseTo;
    private String code;

    Cluster(String id, String createdRun) {
      this.id = id;
      this.createdRun = createdRun;
    }

    void add(ClusterEvent e, String reason) {
      members.add(e);
      reasons.add(reason);
      LocalDate f = e.date().from();
      LocalDate t = e.date().to();
      if (e.dayPrecision()) {
        dayFrom = dayFrom == null || f.isBefore(dayFrom) ? f : dayFrom;
        dayTo = dayTo == null || t.isAfter(dayTo) ? t : dayTo;
      } else {
        coarseFrom = coarseFrom == null || f.isAfter(coarseFrom) ? f : coarseFrom;
        coarseTo = coarseTo == null || t.isBefore(coarseTo) ? t : coarseTo;
      }
      code = code == null || e.code().length() > code.length() ? e.code() : code;
    }

    /**
     * The days the most precise members date the cluster to: from the first to the last day-
     * precision date when there is one, else the days all members' months or years share (members
     * are pairwise compatible, so they share some).
     */
    DateRange range() {
      return dayFrom != null ? new DateRange(dayFrom, dayTo) : new DateRange(coarseFrom, coarseTo);
    }

    /** The most specific code: members' codes lie on one branch, so the longest one. */
    String code() {
      return code;
    }

    /** The member with the cluster's code and the highest confidence, earliest on ties. */
    ClusterEvent representative() {
      ClusterEvent best = null;
      for (ClusterEvent e : members) {
        if (e.code().equals(code) && (best == null || e.confidence() > best.confidence())) {
          best = e;
        }
      }
      return best;
    }
  }

  /** The clusters of one dyad and root, by first day, for finding those near a date. */
  private static final class Bucket {
    private final NavigableMap<LocalDate, List<Cluster>> byFrom = new TreeMap<>();
    private long maxSpan;

    void add(Cluster c) {
      DateRange r = c.range();
      byFrom.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(c);
      maxSpan = Math.max(maxSpan, java.time.temporal.ChronoUnit.DAYS.between(r.from(), r.to()));
    }

    /** Removes {@code c}, before its range changes. */
    void remove(Cluster c) {
      LocalDate from = c.range().from();
      List<Cluster> list = byFrom.get(from);
      if (list != null) {
        list.remove(c);
        if (list.isEmpty()) {
          byFrom.remove(from);
        }
      }
    }

    /** Clusters whose days come within one day of {@code range}. */
    List<Cluster> near(DateRange range) {
      List<Cluster> out = new ArrayList<>();
      for (List<Cluster> list :
          byFrom
              .subMap(range.from().minusDays(1 + maxSpan), true, range.to().plusDays(1), true)
              .values()) {
        for (Cluster c : list) {
          if (!c.range().to().isBefore(range.from().minusDays(1))) {
            out.add(c);
          }
        }
      }
      return out;
    }
  }
}
