package org.parley.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parley.model.ActorCode;
import org.parley.model.Modality;
import org.parley.store.ReadPool;
import org.parley.store.Store;
import org.parley.store.aggregate.Aggregates;

/**
 * The API's read endpoints (docs/API.md): each takes the request's checked {@link Params} (and a
 * path id) and returns a JSON-ready map. Queries run on the server's {@link ReadPool}; all SQL is
 * fixed text with bound values.
 */
final class Api {
  /**
   * The flat event item's columns from the events table; {@link #decorate} adds the article's
   * outlet, title, published and url and the event's cluster_id.
   */
  static final String EVENT_OWN_COLUMNS =
      "e.event_id, e.doc_id, e.sentence_index, e.sentence, e.date, e.date_precision,"
          + " e.date_source, e.source_text, e.source_code, e.source_country, e.target_text,"
          + " e.target_code, e.target_country, e.cameo_code, e.cameo_root, e.cameo_name,"
          + " e.plover_type, e.plover_mode, e.quad_class, e.penta_class, e.goldstein,"
          + " e.location_name, e.location_country, e.location_lat, e.location_lon, e.modality,"
          + " e.trigger, e.confidence";

  static final String EVENT_ORDER =
      " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id";

  static final String CLUSTER_COLUMNS =
      "c.cluster_id, c.first_event_id, c.representative_event_id, c.representative_sentence,"
          + " c.source_key, c.target_key, c.dyad, c.cameo_root, c.cameo_code, c.goldstein,"
          + " c.quad_class, c.penta_class, c.date_from, c.date_to, c.earliest_report,"
          + " c.location_name, c.location_country, c.num_mentions, c.num_articles, c.num_sources";

  static final String ARTICLE_COLUMNS =
      "a.id, a.title, a.outlet, a.url, a.published, a.status, a.duplicate_of, a.language,"
          + " (SELECT count(*) FROM events x WHERE x.doc_id = a.id) AS events,"
          + " (SELECT count(*) FROM quotes y WHERE y.doc_id = a.id) AS quotes";

  static final String QUOTE_COLUMNS =
      "q.quote_id, q.doc_id, q.text, q.speaker_text, q.speaker_code, q.cue, q.event_id,"
          + " a.outlet, a.title, a.published, q.span_begin, q.span_end";

  /** CAMEO's twenty root categories (CAMEO codebook 1.1b3). */
  static final Map<String, String> CAMEO_ROOTS = new LinkedHashMap<>();

  static {
    String[] names = {
      "Make public statement",
      "Appeal",
      "Express intent to cooperate",
      "Consult",
      "Engage in diplomatic cooperation",
      "Engage in material cooperation",
      "Provide aid",
      "Yield",
      "Investigate",
      "Demand",
      "Disapprove",
      "Reject",
      "Threaten",
      "Protest",
      "Exhibit force posture",
      "Reduce relations",
      "Coerce",
      "Assault",
      "Fight",
      "Use unconventional mass violence"
    };
    for (int i = 0; i < names.length; i++) {
      CAMEO_ROOTS.put(String.format(Locale.ROOT, "%02d", i + 1), names[i]);
    }
  }

  static final List<String> QUAD_NAMES =
      List.of("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict");

  private static final Pattern DYAD = Pattern.compile("([A-Z0-9]{3,60})-([A-Z0-9]{0,60})");
  private static final Pattern KEY = Pattern.compile("[A-Z0-9]{3,60}");
  private static final int DETAIL_ROWS = 100;

  private final Store store;
  private final ReadPool pool;
  private final ObjectMapper json;
  private final String version;
  private final boolean ingest;
  private final TotalCache totals = new TotalCache();

  Api(Store store, ReadPool pool, ObjectMapper json, String version, boolean ingest) {
    this.store = store;
    this.pool = pool;
    this.json = json;
    this.version = version;
    this.ingest = ingest;
  }

  Map<String, Object> health() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("engine", store.engine().name().toLowerCase(Locale.ROOT));
    out.put("schema_version", store.schemaVersion());
    out.put("version", version);
    Map<String, Object> counts =
        pool.read(
            "count rows",
            c ->
                Sql.rows(
                        c,
                        "SELECT (SELECT count(*) FROM articles) AS articles,"
                            + " (SELECT count(*) FROM events) AS events,"
                            + " (SELECT count(*) FROM clusters) AS clusters,"
                            + " (SELECT count(*) FROM quotes) AS quotes",
                        List.of())
                    .get(0));
    out.putAll(counts);
    out.put("ingest", ingest);
    return out;
  }

  Map<String, Object> meta() {
    return pool.read(
        "read filter values",
        c -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put(
              "outlets",
              column(
                  c,
                  "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"
                      + " ORDER BY outlet LIMIT 1000"));
          out.put(
              "countries",
              column(
                  c,
                  "SELECT DISTINCT k FROM (SELECT source_country AS k FROM events UNION"
                      + " SELECT target_country FROM events UNION SELECT location_country FROM"
                      + " events) t WHERE k IS NOT NULL ORDER BY k LIMIT 1000"));
          List<Map<String, Object>> roots = new ArrayList<>();
          CAMEO_ROOTS.forEach((code, name) -> roots.add(Map.of("code", code, "name", name)));
          out.put("cameo_roots", roots);
          out.put(
              "plover_types",
              column(
                  c,
                  "SELECT DISTINCT plover_type FROM events WHERE plover_type IS NOT NULL"
                      + " ORDER BY plover_type"));
          List<Map<String, Object>> quads = new ArrayList<>();
          for (int i = 0; i < QUAD_NAMES.size(); i++) {
            quads.add(Map.of("code", i + 1, "name", QUAD_NAMES.get(i)));
          }
          out.put("quad_classes", quads);
          List<String> modalities = new ArrayList<>();
          for (Modality m : Modality.values()) {
            modalities.add(m.label());
          }
          out.put("modalities", modalities);
          Map<String, Object> range =
              Sql.rows(
                      c,
                      "SELECT min(date) AS date_min, max(date) AS date_max FROM events",
                      List.of())
                  .get(0);
          out.putAll(range);
          return out;
        });
  }

  Map<String, Object> events(Params p) {
    EventFilter f = EventFilter.events(p);
    int limit = p.limit();
    long offset = p.offset();
    return pool.read(
        "list events",
        c -> {
          long total =
              count(c, "SELECT count(*) FROM " + f.from(false) + " WHERE " + f.where(), f.params());
          List<Object> params = f.params();
          params.add(limit);
          params.add(offset);
          // The page is cut from the events alone; its articles and clusters are then looked up by
          // key: joining first would read every article and cluster membership for fifty rows.
          List<Map<String, Object>> items =
              total <= offset
                  ? List.of()
                  : decorate(
                      c,
                      Sql.rows(
                          c,
                          "SELECT "
                              + EVENT_OWN_COLUMNS
                              + " FROM "
                              + f.from(false)
                              + " WHERE "
                              + f.where()
                              + EVENT_ORDER
                              + " LIMIT ? OFFSET ?",
                          params));
          return page(total, limit, offset, items);
        });
  }

  Map<String, Object> event(String id) {
    return pool.read(
        "read event",
        c -> {
          List<Map<String, Object>> rows = eventRows(c, "e.event_id = ?", List.of(id), 1, false);
          if (rows.isEmpty()) {
            throw new NotFoundException("no event with id '" + Params.shorten(id) + "'");
          }
          Map<String, Object> row = rows.get(0);
          Map<String, Object> d =
              Sql.rows(
                      c,
                      "SELECT CAST(e.json AS VARCHAR) AS json, s.span_begin AS sentence_begin,"
                          + " s.span_end AS sentence_end, e.source_begin, e.source_end,"
                          + " e.target_begin, e.target_end, e.trigger_begin, e.trigger_end,"
                          + " e.location_begin, e.location_end, e.rule, e.entries, e.modality,"
                          + " e.modality_cues, e.source_resolved_by, e.target_resolved_by,"
                          + " e.confidence FROM events e LEFT JOIN sentences s ON s.doc_id ="
                          + " e.doc_id AND s.sentence_index = e.sentence_index"
                          + " WHERE e.event_id = ?",
                      List.of(id))
                  .get(0);
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("event", parse((String) d.get("json")));
          out.put("row", row);
          List<Map<String, Object>> articles =
              Sql.rows(
                  c,
                  "SELECT id, title, outlet, url, published, byline, body FROM articles"
                      + " WHERE id = ?",
                  List.of(row.get("doc_id")));
          Map<String, Object> article = articles.isEmpty() ? null : articles.get(0);
          out.put("article", article);
          String body = article == null ? null : (String) article.get("body");
          List<Map<String, Object>> highlights = new ArrayList<>();
          for (String kind : List.of("sentence", "source", "target", "trigger", "location")) {
            Object begin = d.get(kind + "_begin");
            Object end = d.get(kind + "_end");
            if (body != null && begin instanceof Number b && end instanceof Number e) {
              int bi = b.intValue();
              int ei = e.intValue();
              if (bi >= 0 && bi <= ei && ei <= body.length()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("kind", kind);
                h.put("begin", bi);
                h.put("end", ei);
                h.put("text", body.substring(bi, ei));
                highlights.add(h);
              }
            }
          }
          out.put("highlights", highlights);
          Map<String, Object> explanation = new LinkedHashMap<>();
          for (String k :
              List.of(
                  "rule",
                  "entries",
                  "modality",
                  "modality_cues",
                  "source_resolved_by",
                  "target_resolved_by",
                  "confidence")) {
            explanation.put(k, d.get(k));
          }
          out.put("explanation", explanation);
          Object clusterId = row.get("cluster_id");
          if (clusterId == null) {
            out.put("cluster", null);
            out.put("cluster_events", List.of());
          } else {
            List<Map<String, Object>> cl =
                Sql.rows(
                    c,
                    "SELECT " + CLUSTER_COLUMNS + " FROM clusters c WHERE c.cluster_id = ?",
                    List.of(clusterId));
            out.put("cluster", cl.isEmpty() ? null : cl.get(0));
            out.put(
                "cluster_events",
                eventRows(
                    c,
                    "m.cluster_id = ? AND e.event_id <> ?",
                    List.of(clusterId, id),
                    DETAIL_ROWS,
                    true));
          }
          return out;
        });
  }

  Map<String, Object> clusters(Params p) {
    Optional<LocalDate>[] range = p.range();
    List<String> keys = p.codes("country", KEY, "a country (or actor code) key such as PRK");
    List<String> dyads =
        p.codes("dyad", DYAD, "SOURCE-TARGET keys such as PRK-USA (an empty target: PRK-)");
    List<String> roots = p.codes("root", Params.ROOT, "a two-digit CAMEO root such as 04");
    int limit = p.limit();
    long offset = p.offset();
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (range[0].isPresent()) {
      and.add("c.date_to >= CAST(? AS DATE)");
      params.add(range[0].get().toString());
    }
    if (range[1].isPresent()) {
      and.add("c.date_from <= CAST(? AS DATE)");
      params.add(range[1].get().toString());
    }
    if (!keys.isEmpty()) {
      String sources = Sql.in(keys, params);
      and.add("c.source_key IN " + sources + " OR c.target_key IN " + Sql.in(keys, params));
    }
    if (!dyads.isEmpty()) {
      and.add("c.dyad IN " + Sql.in(dyads, params));
    }
    if (!roots.isEmpty()) {
      and.add("c.cameo_root IN " + Sql.in(roots, params));
    }
    String where = Sql.and(and);
    return listPage(
        "list clusters",
        CLUSTER_COLUMNS,
        "clusters c",
        where,
        params,
        "c.date_from, c.cluster_id",
        limit,
        offset);
  }

  Map<String, Object> cluster(String id) {
    return pool.read(
        "read cluster",
        c -> {
          List<Map<String, Object>> cl =
              Sql.rows(
                  c,
                  "SELECT " + CLUSTER_COLUMNS + " FROM clusters c WHERE c.cluster_id = ?",
                  List.of(id));
          if (cl.isEmpty()) {
            throw new NotFoundException("no cluster with id '" + Params.shorten(id) + "'");
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("cluster", cl.get(0));
          out.put("events", eventRows(c, "m.cluster_id = ?", List.of(id), Params.MAX_LIMIT, true));
          return out;
        });
  }

  /** Every side of every event: the actor code, its country and the text that named it. */
  private static final String SIDES =
      "WITH sides AS (SELECT source_code AS code, source_country AS country, source_text AS name,"
          + " date, event_id, 1 AS src, 0 AS tgt FROM events UNION ALL SELECT target_code,"
          + " target_country, target_text, date, event_id, 0, 1 FROM events"
          + " WHERE target_code IS NOT NULL) ";

  Map<String, Object> actors(Params p) {
    Optional<String> q = p.text("q").map(s -> s.toLowerCase(Locale.ROOT));
    List<String> countries =
        p.codes("country", Params.COUNTRY, "a three-letter country code such as PRK");
    int limit = p.limit();
    long offset = p.offset();
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.isPresent()) {
      and.add(
          "code IN (SELECT code FROM sides WHERE strpos(lower(code), ?) > 0"
              + " OR strpos(lower(name), ?) > 0)");
      params.add(q.get());
      params.add(q.get());
    }
    if (!countries.isEmpty()) {
      and.add("country IN " + Sql.in(countries, params));
    }
    String where = Sql.and(and);
    return pool.read(
        "list actors",
        c -> {
          long total =
              count(c, SIDES + "SELECT count(DISTINCT code) FROM sides WHERE " + where, params);
          List<Object> paged = new ArrayList<>(params);
          paged.add(limit);
          paged.add(offset);
          List<Map<String, Object>> items =
              actorItems(
                  c,
                  SIDES
                      + "SELECT code, max(country) AS country, min(date) AS first_date,"
                      + " max(date) AS last_date, count(DISTINCT event_id) AS events,"
                      + " sum(src) AS as_source, sum(tgt) AS as_target FROM sides WHERE "
                      + where
                      + " GROUP BY code ORDER BY code LIMIT ? OFFSET ?",
                  paged);
          return page(total, limit, offset, items);
        });
  }

  Map<String, Object> actor(String code) {
    String u = code.toUpperCase(Locale.ROOT);
    if (!Params.ACTOR.matcher(u).matches()) {
      throw new IllegalArgumentException(
          "bad actor code '" + Params.shorten(code) + "': expected letters and digits (KORGOV)");
    }
    return pool.read(
        "read actor",
        c -> {
          List<Map<String, Object>> items =
              actorItems(
                  c,
                  SIDES
                      + "SELECT code, max(country) AS country, min(date) AS first_date,"
                      + " max(date) AS last_date, count(DISTINCT event_id) AS events,"
                      + " sum(src) AS as_source, sum(tgt) AS as_target FROM sides"
                      + " WHERE code = ? GROUP BY code",
                  List.of(u));
          List<Map<String, Object>> quotes =
              quoteRows(c, "q.speaker_code = ?", List.of(u), DETAIL_ROWS, 0);
          if (items.isEmpty() && quotes.isEmpty()) {
            throw new NotFoundException("no actor with code '" + Params.shorten(u) + "'");
          }
          Map<String, Object> item;
          if (items.isEmpty()) {
            item = new LinkedHashMap<>();
            item.put("code", u);
            item.put("country", country(u));
            item.put("names", List.of());
            item.put("first_date", null);
            item.put("last_date", null);
            item.put("events", 0L);
            item.put("as_source", 0L);
            item.put("as_target", 0L);
            item.put(
                "quotes",
                Sql.count(c, "SELECT count(*) FROM quotes WHERE speaker_code = ?", List.of(u)));
          } else {
            item = items.get(0);
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("actor", item);
          out.put("quotes", quotes);
          out.put(
              "events",
              eventRows(
                  c, "e.source_code = ? OR e.target_code = ?", List.of(u, u), DETAIL_ROWS, false));
          return out;
        });
  }

  /** Actor items from {@code sql} (code, country, dates, counts) with their names and quotes. */
  private List<Map<String, Object>> actorItems(Connection c, String sql, List<Object> params)
      throws SQLException {
    List<Map<String, Object>> rows = Sql.rows(c, sql, params);
    if (rows.isEmpty()) {
      return rows;
    }
    List<Object> codes = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      codes.add(r.get("code"));
    }
    Map<Object, List<String>> names = new HashMap<>();
    List<Object> np = new ArrayList<>();
    String in = Sql.in(codes, np);
    for (Map<String, Object> r :
        Sql.rows(
            c,
            SIDES
                + "SELECT code, name, count(*) AS n FROM sides WHERE code IN "
                + in
                + " GROUP BY code, name ORDER BY code, n DESC, name",
            np)) {
      List<String> list = names.computeIfAbsent(r.get("code"), k -> new ArrayList<>());
      if (list.size() < 10) {
        list.add((String) r.get("name"));
      }
    }
    Map<Object, Object> quotes = new HashMap<>();
    List<Object> qp = new ArrayList<>();
    String qin = Sql.in(codes, qp);
    for (Map<String, Object> r :
        Sql.rows(
            c,
            "SELECT speaker_code, count(*) AS n FROM quotes WHERE speaker_code IN "
                + qin
                + " GROUP BY speaker_code",
            qp)) {
      quotes.put(r.get("speaker_code"), r.get("n"));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", r.get("code"));
      item.put("country", r.get("country"));
      item.put("names", names.getOrDefault(r.get("code"), List.of()));
      item.put("first_date", r.get("first_date"));
      item.put("last_date", r.get("last_date"));
      item.put("events", r.get("events"));
      item.put("as_source", r.get("as_source"));
      item.put("as_target", r.get("as_target"));
      item.put("quotes", quotes.getOrDefault(r.get("code"), 0L));
      out.add(item);
    }
    return out;
  }

  Map<String, Object> quotes(Params p) {
    List<String> speakers =
        p.codes("speaker", Params.ACTOR, "an actor code or its prefix such as PRKGOV");
    List<String> countries =
        p.codes("country", Params.COUNTRY, "a three-letter country code such as PRK");
    for (String country : countries) {
      if (ActorCode.Sectors.isSector(country)) {
        throw Params.bad("country", "has '" + country + "', which is a sector code, not a country");
      }
    }
    List<String> docs = p.texts("doc");
    Optional<String> q = p.text("q").map(s -> s.toLowerCase(Locale.ROOT));
    int limit = p.limit();
    long offset = p.offset();
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!speakers.isEmpty()) {
      List<String> or = new ArrayList<>();
      for (String s : speakers) {
        or.add("substr(q.speaker_code, 1, ?) = ?");
        params.add(s.length());
        params.add(s);
      }
      and.add(String.join(" OR ", or));
    }
    if (!countries.isEmpty()) {
      and.add("substr(q.speaker_code, 1, 3) IN " + Sql.in(countries, params));
    }
    if (!docs.isEmpty()) {
      and.add("q.doc_id IN " + Sql.in(docs, params));
    }
    if (q.isPresent()) {
      and.add("strpos(lower(q.text), ?) > 0");
      params.add(q.get());
    }
    String where = Sql.and(and);
    return pool.read(
        "list quotes",
        c -> {
          long total = count(c, "SELECT count(*) FROM quotes q WHERE " + where, params);
          return page(total, limit, offset, quoteRows(c, where, params, limit, offset));
        });
  }

  private List<Map<String, Object>> quoteRows(
      Connection c, String where, List<Object> params, int limit, long offset) throws SQLException {
    List<Object> paged = new ArrayList<>(params);
    paged.add(limit);
    paged.add(offset);
    List<Map<String, Object>> rows =
        Sql.rows(
            c,
            "SELECT "
                + QUOTE_COLUMNS
                + " FROM quotes q LEFT JOIN articles a ON a.id = q.doc_id WHERE "
                + where
                + " ORDER BY a.published NULLS LAST, q.doc_id, q.span_begin, q.quote_id"
                + " LIMIT ? OFFSET ?",
            paged);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : r.entrySet()) {
        item.put(e.getKey(), e.getValue());
        if (e.getKey().equals("speaker_code")) {
          item.put("speaker_country", e.getValue() == null ? null : country((String) e.getValue()));
        }
      }
      out.add(item);
    }
    return out;
  }

  private static String country(String code) {
    try {
      return new ActorCode(code).country().orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  Map<String, Object> aggregates(Params p) {
    Aggregates.Unit unit =
        Aggregates.Unit.valueOf(
            p.choice("unit", List.of("events", "clusters"), "events").toUpperCase(Locale.ROOT));
    Aggregates.Period by =
        Aggregates.Period.valueOf(
            p.choice("by", List.of("day", "week", "month"), "month").toUpperCase(Locale.ROOT));
    Aggregates.Scheme scheme =
        Aggregates.Scheme.valueOf(
            p.choice("scheme", List.of("quad", "penta"), "quad").toUpperCase(Locale.ROOT));
    List<String> dyad =
        p.codes("dyad", DYAD, "SOURCE-TARGET keys such as PRK-USA (an empty target: PRK-)");
    List<String> country = p.codes("country", KEY, "a country (or actor code) key such as PRK");
    if (dyad.size() > 1 || country.size() > 1) {
      throw new IllegalArgumentException(
          "parameters 'dyad' and 'country' take one value each, not a list");
    }
    if (!dyad.isEmpty() && !country.isEmpty()) {
      throw new IllegalArgumentException(
          "parameters 'dyad' and 'country' exclude each other: give one (or neither, for all)");
    }
    Optional<String> countForGiven = p.raw("count_for");
    if (countForGiven.isPresent() && country.isEmpty()) {
      throw new IllegalArgumentException("parameter 'count_for' needs parameter 'country'");
    }
    Aggregates.CountFor countFor =
        Aggregates.CountFor.valueOf(
            p.choice("count_for", List.of("source", "target", "place"), "source")
                .toUpperCase(Locale.ROOT));
    Optional<LocalDate>[] range = p.range();
    boolean normalise = p.bool("normalise", false);
    Aggregates.Table all =
        Aggregates.compute(
            store, new Aggregates.Query(by, unit, scheme, true, countFor, range[0], range[1]));
    // Totals per period over every key: the denominators of share, and the "*" rows.
    TreeMap<LocalDate, Aggregates.Row> totals = new TreeMap<>();
    int width = scheme.columns().size();
    for (Aggregates.Row r : all.rows()) {
      Aggregates.Row t = totals.get(r.period());
      long[] classes = t == null ? new long[width] : t.classes().clone();
      for (int i = 0; i < width; i++) {
        classes[i] += r.classes()[i];
      }
      totals.put(
          r.period(),
          new Aggregates.Row(
              r.period(),
              List.of("*"),
              (t == null ? 0 : t.count()) + r.count(),
              classes,
              (t == null ? 0 : t.goldsteinSum()) + r.goldsteinSum()));
    }
    Map<LocalDate, Aggregates.Row> chosen = new HashMap<>();
    List<String> key;
    long leftOut = all.leftOut();
    if (!dyad.isEmpty()) {
      java.util.regex.Matcher m = DYAD.matcher(dyad.get(0));
      m.matches();
      key = List.of(m.group(1), m.group(2));
      for (Aggregates.Row r : all.rows()) {
        if (r.key().equals(key)) {
          chosen.put(r.period(), r);
        }
      }
    } else if (!country.isEmpty()) {
      key = List.of(country.get(0));
      Aggregates.Table byCountry =
          Aggregates.compute(
              store, new Aggregates.Query(by, unit, scheme, false, countFor, range[0], range[1]));
      leftOut = byCountry.leftOut();
      for (Aggregates.Row r : byCountry.rows()) {
        if (r.key().equals(key)) {
          chosen.put(r.period(), r);
        }
      }
    } else {
      key = List.of("*");
      chosen.putAll(totals);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    long counted = 0;
    for (Map.Entry<LocalDate, Aggregates.Row> t : totals.entrySet()) {
      Aggregates.Row r = chosen.get(t.getKey());
      long count = r == null ? 0 : r.count();
      counted += count;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", t.getKey().toString());
      row.put("key", key);
      row.put("count", count);
      List<Long> classes = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        classes.add(r == null ? 0L : r.classes()[i]);
      }
      row.put("classes", classes);
      row.put("goldstein_mean", r == null ? null : r.goldsteinMean().map(Api::round).orElse(null));
      row.put("total", t.getValue().count());
      if (normalise) {
        long total = t.getValue().count();
        row.put("share", total == 0 ? null : round((double) count / total));
      }
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("unit", unit.name().toLowerCase(Locale.ROOT));
    out.put("by", by.name().toLowerCase(Locale.ROOT));
    out.put("scheme", scheme.name().toLowerCase(Locale.ROOT));
    out.put("columns", scheme.columns());
    out.put("rows", rows);
    out.put("counted", counted);
    out.put("left_out", leftOut);
    return out;
  }

  Map<String, Object> network(Params p) {
    EventFilter f = EventFilter.common(p);
    long minCount = p.integer("min_count", 1, 1, 1_000_000);
    String level = p.choice("level", List.of("country", "actor"), "country");
    String s =
        level.equals("country") ? "coalesce(e.source_country, e.source_code)" : "e.source_code";
    String t =
        level.equals("country") ? "coalesce(e.target_country, e.target_code)" : "e.target_code";
    return pool.read(
        "compute the network",
        c -> {
          List<Object> params = f.params();
          params.add(minCount);
          List<Map<String, Object>> rows =
              Sql.rows(
                  c,
                  "SELECT "
                      + s
                      + " AS source, "
                      + t
                      + " AS target, count(*) AS count, avg(e.goldstein) AS goldstein_mean"
                      + " FROM events e WHERE e.target_code IS NOT NULL AND "
                      + f.where()
                      + " GROUP BY "
                      + s
                      + ", "
                      + t
                      + " HAVING count(*) >= ? ORDER BY count(*) DESC, "
                      + s
                      + ", "
                      + t
                      + " LIMIT 2001",
                  params);
          boolean truncated = rows.size() > 2000;
          List<Map<String, Object>> edges = new ArrayList<>();
          Map<String, Long> nodes = new TreeMap<>();
          for (Map<String, Object> r : rows.subList(0, Math.min(2000, rows.size()))) {
            r.put("goldstein_mean", round(((Number) r.get("goldstein_mean")).doubleValue()));
            edges.add(r);
            long n = ((Number) r.get("count")).longValue();
            nodes.merge((String) r.get("source"), n, Long::sum);
            if (!r.get("target").equals(r.get("source"))) {
              nodes.merge((String) r.get("target"), n, Long::sum);
            }
          }
          List<Map<String, Object>> nodeList = new ArrayList<>();
          nodes.forEach(
              (id, n) -> {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("id", id);
                node.put("events", n);
                nodeList.add(node);
              });
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("nodes", nodeList);
          out.put("edges", edges);
          out.put("truncated", truncated);
          return out;
        });
  }

  Map<String, Object> map(Params p) {
    EventFilter f = EventFilter.common(p);
    return pool.read(
        "group events by place",
        c -> {
          String name = "CASE WHEN e.location_lat IS NOT NULL THEN e.location_name END";
          List<Map<String, Object>> places =
              Sql.rows(
                  c,
                  "SELECT "
                      + name
                      + " AS name, e.location_country AS country, e.location_lat AS lat,"
                      + " e.location_lon AS lon, count(*) AS count,"
                      + " avg(e.goldstein) AS goldstein_mean FROM events e"
                      + " WHERE (e.location_lat IS NOT NULL OR e.location_country IS NOT NULL)"
                      + " AND "
                      + f.where()
                      + " GROUP BY "
                      + name
                      + ", e.location_country, e.location_lat, e.location_lon"
                      + " ORDER BY count(*) DESC, 2, 1 LIMIT 5000",
                  f.params());
          for (Map<String, Object> r : places) {
            r.put("goldstein_mean", round(((Number) r.get("goldstein_mean")).doubleValue()));
          }
          long unplaced =
              Sql.count(
                  c,
                  "SELECT count(*) FROM events e WHERE e.location_lat IS NULL"
                      + " AND e.location_country IS NULL AND "
                      + f.where(),
                  f.params());
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("places", places);
          out.put("unplaced", unplaced);
          return out;
        });
  }

  Map<String, Object> articles(Params p) {
    List<String> outlets = p.texts("outlet");
    List<String> statuses = p.choices("status", List.of("coded", "duplicate", "skipped"));
    List<String> runs = p.texts("run");
    Optional<String> q = p.text("q").map(s -> s.toLowerCase(Locale.ROOT));
    int limit = p.limit();
    long offset = p.offset();
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!outlets.isEmpty()) {
      and.add("a.outlet IN " + Sql.in(outlets, params));
    }
    if (!statuses.isEmpty()) {
      List<String> or = new ArrayList<>();
      for (String s : statuses) {
        or.add(s.equals("skipped") ? "substr(a.status, 1, 8) = 'skipped:'" : "a.status = ?");
        if (!s.equals("skipped")) {
          params.add(s);
        }
      }
      and.add(String.join(" OR ", or));
    }
    if (!runs.isEmpty()) {
      and.add("a.run_id IN " + Sql.in(runs, params));
    }
    if (q.isPresent()) {
      and.add("strpos(lower(a.title), ?) > 0");
      params.add(q.get());
    }
    String where = Sql.and(and);
    return listPage(
        "list articles",
        ARTICLE_COLUMNS,
        "articles a",
        where,
        params,
        "a.published NULLS LAST, a.id",
        limit,
        offset);
  }

  Map<String, Object> article(String id) {
    return pool.read(
        "read article",
        c -> {
          List<Map<String, Object>> rows =
              Sql.rows(
                  c,
                  "SELECT " + ARTICLE_COLUMNS + ", a.byline, a.body FROM articles a WHERE a.id = ?",
                  List.of(id));
          if (rows.isEmpty()) {
            throw new NotFoundException("no article with id '" + Params.shorten(id) + "'");
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("article", rows.get(0));
          out.put("events", eventRows(c, "e.doc_id = ?", List.of(id), 10_000, false));
          out.put("quotes", quoteRows(c, "q.doc_id = ?", List.of(id), 10_000, 0));
          return out;
        });
  }

  private static final String RUN_COLUMNS =
      "run_id, started, finished, parley_version, corenlp_version, CAST(counts AS VARCHAR) AS"
          + " counts";

  Map<String, Object> runs(Params p) {
    int limit = p.limit();
    long offset = p.offset();
    return pool.read(
        "list runs",
        c -> {
          long total = Sql.count(c, "SELECT count(*) FROM runs", List.of());
          List<Map<String, Object>> items =
              Sql.rows(
                  c,
                  "SELECT "
                      + RUN_COLUMNS
                      + " FROM runs ORDER BY started DESC, run_id LIMIT ? OFFSET ?",
                  List.of(limit, offset));
          for (Map<String, Object> r : items) {
            r.put("counts", parse((String) r.get("counts")));
          }
          return page(total, limit, offset, items);
        });
  }

  Map<String, Object> run(String id) {
    return pool.read(
        "read run",
        c -> {
          List<Map<String, Object>> rows =
              Sql.rows(
                  c,
                  "SELECT "
                      + RUN_COLUMNS
                      + ", CAST(options AS VARCHAR) AS options,"
                      + " CAST(dictionary_hashes AS VARCHAR) AS dictionary_hashes"
                      + " FROM runs WHERE run_id = ?",
                  List.of(id));
          if (rows.isEmpty()) {
            throw new NotFoundException("no run with id '" + Params.shorten(id) + "'");
          }
          Map<String, Object> r = rows.get(0);
          for (String k : List.of("counts", "options", "dictionary_hashes")) {
            r.put(k, parse((String) r.get(k)));
          }
          return r;
        });
  }

  /** Flat event items matching {@code where} (on events e, articles a, cluster_members m). */
  /**
   * Flat event items matching {@code where} on {@code events e} (and, with {@code byCluster}, its
   * {@code cluster_members m}), in event order, at most {@code limit}.
   */
  static List<Map<String, Object>> eventRows(
      Connection c, String where, List<?> params, int limit, boolean byCluster)
      throws SQLException {
    List<Object> all = new ArrayList<>(params);
    all.add(limit);
    String from =
        byCluster ? "events e JOIN cluster_members m ON m.event_id = e.event_id" : "events e";
    return decorate(
        c,
        Sql.rows(
            c,
            "SELECT "
                + EVENT_OWN_COLUMNS
                + " FROM "
                + from
                + " WHERE "
                + where
                + EVENT_ORDER
                + " LIMIT ?",
            all));
  }

  /**
   * Completes flat event rows (events columns only) with their article's outlet, title, published
   * date and url and their cluster id, looked up by key for just these rows.
   */
  static List<Map<String, Object>> decorate(Connection c, List<Map<String, Object>> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    List<Object> docs = new ArrayList<>();
    List<Object> ids = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      if (!docs.contains(r.get("doc_id"))) {
        docs.add(r.get("doc_id"));
      }
      ids.add(r.get("event_id"));
    }
    Map<Object, Map<String, Object>> articles = new HashMap<>();
    List<Object> ap = new ArrayList<>();
    String ain = Sql.in(docs, ap);
    for (Map<String, Object> a :
        Sql.rows(
            c, "SELECT id, outlet, title, published, url FROM articles WHERE id IN " + ain, ap)) {
      articles.put(a.get("id"), a);
    }
    Map<Object, Object> clusters = new HashMap<>();
    List<Object> cp = new ArrayList<>();
    String cin = Sql.in(ids, cp);
    for (Map<String, Object> m :
        Sql.rows(
            c, "SELECT event_id, cluster_id FROM cluster_members WHERE event_id IN " + cin, cp)) {
      clusters.put(m.get("event_id"), m.get("cluster_id"));
    }
    for (Map<String, Object> r : rows) {
      Map<String, Object> a = articles.get(r.get("doc_id"));
      for (String k : List.of("outlet", "title", "published", "url")) {
        r.put(k, a == null ? null : a.get(k));
      }
      r.put("cluster_id", clusters.get(r.get("event_id")));
    }
    return rows;
  }

  /** A list's total, from the cache when the same query was counted lately. */
  private long count(Connection c, String sql, List<Object> params) throws SQLException {
    long cached = totals.get(sql, params);
    if (cached >= 0) {
      return cached;
    }
    long total = Sql.count(c, sql, params);
    totals.put(sql, params, total);
    return total;
  }

  /** Forgets cached totals: the store has changed. */
  void storeChanged() {
    totals.clear();
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : Sql.rows(c, sql, List.of())) {
      out.add((String) r.values().iterator().next());
    }
    return out;
  }

  /**
   * One page of a table's rows: the total of {@code where} (cached like every list total) and the
   * rows of {@code columns} in {@code order}. Every piece of SQL here is this class's own text; the
   * values are in {@code params}.
   */
  private Map<String, Object> listPage(
      String what,
      String columns,
      String from,
      String where,
      List<Object> params,
      String order,
      int limit,
      long offset) {
    return pool.read(
        what,
        c -> {
          long total = count(c, "SELECT count(*) FROM " + from + " WHERE " + where, params);
          List<Object> paged = new ArrayList<>(params);
          paged.add(limit);
          paged.add(offset);
          String sql =
              "SELECT " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order;
          return page(total, limit, offset, Sql.rows(c, sql + " LIMIT ? OFFSET ?", paged));
        });
  }

  static Map<String, Object> page(
      long total, int limit, long offset, List<Map<String, Object>> items) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total);
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("items", items);
    return out;
  }

  private Object parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, new TypeReference<Object>() {});
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored JSON does not parse: " + e.getMessage(), e);
    }
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
