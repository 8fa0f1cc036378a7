package org.parley.store.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.store.Csv;
import org.parley.store.Store;

/**
 * Counts and Goldstein sums and means of asserted events (or of clusters) per period and directed
 * dyad or country, on a dense date spine: every period from the first to the last (or from {@code
 * since} to {@code until}) appears for every dyad or country seen in that range, with zeros where
 * there was nothing.
 *
 * <p>Dating: an event is dated by its own date, else its article's publication date. A date counts
 * only in periods at least as long as its precision: day dates in day, week and month tables, month
 * dates in month tables only; year dates and undated events are left out ({@link Table#leftOut}). A
 * cluster counts once, in the period of its first day, when its days fit that rule: at most two
 * adjacent days (day-precision members) for day and week tables, one month for month tables; its
 * Goldstein score and classes are its representative event's.
 *
 * <p>Keys: an actor's country, else its actor code (as clusters do); no target is the empty key.
 * {@code --country} counts by the source's, the target's or the place's country ({@link CountFor});
 * events without that country are left out.
 *
 * <p>The SQL is plain grouping that runs on DuckDB and PostgreSQL alike; periods and the spine are
 * made here (both databases have {@code generate_series} for dates, but the spine also needs the
 * keys and the period rules, which are simpler in Java).
 */
public final class Aggregates {
  private Aggregates() {}

  /** Period length. Weeks are ISO weeks, named by their Monday. */
  public enum Period {
    DAY,
    WEEK,
    MONTH;

    /** The first day of the period containing {@code d}. */
    public LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
      };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }
  }

  /** What is counted: events, or clusters (each occurrence once however often reported). */
  public enum Unit {
    EVENTS,
    CLUSTERS
  }

  /** Class columns: quad classes 1-4 or penta classes 0-4. */
  public enum Scheme {
    QUAD(1, 4),
    PENTA(0, 4);

    final int first;
    final int last;

    Scheme(int first, int last) {
      this.first = first;
      this.last = last;
    }

    /** The CSV column names of the classes. */
    public List<String> columns() {
      List<String> out = new ArrayList<>();
      for (int c = first; c <= last; c++) {
        out.add(name().toLowerCase(Locale.ROOT) + "_" + c);
      }
      return out;
    }
  }

  /** With {@code --country}: whose country an event counts for. */
  public enum CountFor {
    SOURCE,
    TARGET,
    PLACE
  }

  /**
   * One aggregation.
   *
   * @param by period length
   * @param unit events or clusters
   * @param scheme class columns
   * @param dyad directed dyads (source, target) when true, else one country ({@code countFor})
   * @param countFor whose country, when not by dyad
   * @param since first day counted, if limited
   * @param until last day counted, if limited
   */
  public record Query(
      Period by,
      Unit unit,
      Scheme scheme,
      boolean dyad,
      CountFor countFor,
      Optional<LocalDate> since,
      Optional<LocalDate> until) {
    public Query {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(countFor, "countFor");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(until, "until");
      if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
        throw new IllegalArgumentException(
            "until " + until.get() + " is before since " + since.get());
      }
    }
  }

  /**
   * One period and key.
   *
   * @param period the first day of the period
   * @param key the dyad (source, target) or the country (one element)
   * @param count events or clusters
   * @param classes counts per class, in {@link Scheme#columns()} order
   * @param goldsteinSum the sum of their Goldstein scores
   */
  public record Row(
      LocalDate period, List<String> key, long count, long[] classes, double goldsteinSum) {
    /** The mean Goldstein score, empty when nothing was counted. */
    public Optional<Double> goldsteinMean() {
      return count == 0 ? Optional.empty() : Optional.of(goldsteinSum / count);
    }
  }

  /**
   * The rows, by period then key, and how many events or clusters were left out (no usable date,
   * too coarse a date, or no country to count for).
   */
  public record Table(Query query, List<Row> rows, long counted, long leftOut) {}

  /** Aggregates the store as {@code query} asks. */
  public static Table compute(Store store, Query query) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(query, "query");
    return store.reading("aggregate " + query, c -> compute(c, query));
  }

  private static final String EVENTS_SQL =
      "SELECT e.date, a.published, coalesce(e.source_country, e.source_code), "
          + "coalesce(e.target_country, e.target_code, ''), CASE WHEN e.location_lat IS NOT NULL THEN e.location_country END, e.quad_class, "
          + "e.penta_class, count(*), sum(e.goldstein) FROM events e "
          + "LEFT JOIN articles a ON a.id = e.doc_id WHERE e.modality = ? "
          + "GROUP BY e.date, a.published, coalesce(e.source_country, e.source_code), "
          + "coalesce(e.target_country, e.target_code, ''), CASE WHEN e.location_lat IS NOT NULL THEN e.location_country END, e.quad_class, "
          + "e.penta_class";

  private static final String CLUSTERS_SQL =
      "SELECT date_from, date_to, source_key, target_key, location_country, quad_class, "
          + "penta_class, count(*), sum(goldstein) FROM clusters GROUP BY date_from, date_to, "
          + "source_key, target_key, location_country, quad_class, penta_class";

  private static Table compute(Connection connection, Query q) throws SQLException {
    Map<LocalDate, Map<List<String>, Row>> cells = new TreeMap<>();
    TreeSet<List<String>> keys = new TreeSet<>(Aggregates::compareKeys);
    long counted = 0;
    long leftOut = 0;
    boolean events = q.unit() == Unit.EVENTS;
    try (PreparedStatement ps = connection.prepareStatement(events ? EVENTS_SQL : CLUSTERS_SQL)) {
      if (events) {
        ps.setString(1, "asserted");
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          long n = r.getLong(8);
          Optional<LocalDate> day =
              events
                  ? eventDay(r.getString(1), r.getString(2), q.by())
                  : clusterDay(r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate(), q.by());
          List<String> key = key(q, r.getString(3), r.getString(4), r.getString(5));
          if (day.isEmpty()
              || key == null
              || q.since().isPresent() && day.get().isBefore(q.since().get())
              || q.until().isPresent() && day.get().isAfter(q.until().get())) {
            leftOut += n;
            continue;
          }
          int cls = q.scheme() == Scheme.QUAD ? r.getInt(6) : r.getInt(7);
          LocalDate period = q.by().start(day.get());
          Map<List<String>, Row> byKey = cells.computeIfAbsent(period, k -> new HashMap<>());
          Row old = byKey.get(key);
          long[] classes =
              old == null ? new long[q.scheme().last - q.scheme().first + 1] : old.classes();
          if (cls >= q.scheme().first && cls <= q.scheme().last) {
            classes[cls - q.scheme().first] += n;
          }
          byKey.put(
              key,
              new Row(
                  period,
                  key,
                  (old == null ? 0 : old.count()) + n,
                  classes,
                  (old == null ? 0 : old.goldsteinSum()) + r.getDouble(9)));
          keys.add(key);
          counted += n;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    Optional<LocalDate> first =
        q.since().map(d -> q.by().start(d)).or(() -> cells.keySet().stream().findFirst());
    Optional<LocalDate> last =
        q.until().map(d -> q.by().start(d)).or(() -> cells.keySet().stream().reduce((a, b) -> b));
    if (first.isPresent() && last.isPresent()) {
      int width = q.scheme().last - q.scheme().first + 1;
      for (LocalDate p = first.get(); !p.isAfter(last.get()); p = q.by().next(p)) {
        Map<List<String>, Row> byKey = cells.getOrDefault(p, Map.of());
        for (List<String> key : keys) {
          Row row = byKey.get(key);
          rows.add(row != null ? row : new Row(p, key, 0, new long[width], 0));
        }
      }
    }
    return new Table(q, List.copyOf(rows), counted, leftOut);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static List<String> key(Query q, String source, String target, String place) {
    if (q.dyad()) {
      return List.of(source, target);
    }
    String country =
        switch (q.countFor()) {
          case SOURCE -> source;
          case TARGET -> target.isEmpty() ? null : target;
          case PLACE -> place;
        };
    return country == null ? null : List.of(country);
  }

  /**
   * The day an event counts on, if its date (or its article's) is precise enough for {@code by}.
   */
  static Optional<LocalDate> eventDay(String date, String published, Period by) {
    String d = date != null ? date : published == null ? null : datePart(published);
    if (d == null) {
      return Optional.empty();
    }
    try {
      if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(d));
      }
      if (by == Period.MONTH && d.matches("\\d{4}-\\d{2}")) {
        return Optional.of(LocalDate.parse(d + "-01"));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The day a cluster counts on, if its days fit one period of {@code by} (see the class doc). */
  static Optional<LocalDate> clusterDay(LocalDate from, LocalDate to, Period by) {
    boolean days = !to.isAfter(from.plusDays(1));
    boolean month = from.withDayOfMonth(1).equals(to.withDayOfMonth(1));
    return days || by == Period.MONTH && month ? Optional.of(from) : Optional.empty();
  }

  private static String datePart(String published) {
    int t = published.indexOf('T');
    return t >= 0 ? published.substring(0, t) : published;
  }

  /**
   * Writes {@code table} as CSV: period, then source and target (or country), count, goldstein_sum,
   * goldstein_mean (empty for no events), and one column per class.
   */
  public static void writeCsv(Table table, Writer out) {
    try {
      List<String> header = new ArrayList<>();
      header.add("period");
      if (table.query().dyad()) {
        header.add("source");
        header.add("target");
      } else {
        header.add("country");
      }
      header.add("count");
      header.add("goldstein_sum");
      header.add("goldstein_mean");
      header.addAll(table.query().scheme().columns());
      out.write(String.join(",", header));
      out.write("\n");
      for (Row row : table.rows()) {
        StringBuilder line = new StringBuilder();
        line.append(row.period());
        for (String k : row.key()) {
          line.append(',').append(Csv.field(k));
        }
        line.append(',').append(row.count());
        line.append(',').append(number(row.goldsteinSum()));
        line.append(',').append(row.goldsteinMean().map(Aggregates::number).orElse(""));
        for (long c : row.classes()) {
          line.append(',').append(c);
        }
        out.write(line.append('\n').toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double d) {
    double rounded = Math.round(d * 10000) / 10000.0;
    return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15
        ? Long.toString((long) rounded)
        : Double.toString(rounded);
  }
}
