package org.parley.store.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorCode;

/**
 * The GDELT 2.0, Phoenix (OEDA), ICEWS and PLOVER layouts of one event. What Parley cannot know
 * (tone, FIPS codes, actor geography, ...) stays empty; docs/FORMATS.md lists each column.
 */
public final class Profiles {
  /** The GDELT 2.0 Event table's 61 columns, in file order (GDELT 2.0 Event Codebook). */
  public static final List<String> GDELT_COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL");

  /** The Phoenix (OEDA) event data's 26 columns, in file order. */
  public static final List<String> PHOENIX_COLUMNS =
      List.of(
          "eid",
          "date8",
          "year",
          "month",
          "day",
          "source",
          "src_actor",
          "src_agent",
          "src_other",
          "target",
          "tgt_actor",
          "tgt_agent",
          "tgt_other",
          "code",
          "root_code",
          "quad_class",
          "goldstein",
          "joined_issues",
          "lat",
          "lon",
          "geoname",
          "country_code",
          "admin_info",
          "id",
          "url",
          "source_text");

  /** The ICEWS coded event data's 20 columns, as its header line names them. */
  public static final List<String> ICEWS_COLUMNS =
      List.of(
          "Event ID",
          "Event Date",
          "Source Name",
          "Source Sectors",
          "Source Country",
          "Event Text",
          "CAMEO Code",
          "Intensity",
          "Target Name",
          "Target Sectors",
          "Target Country",
          "Story ID",
          "Sentence Number",
          "Publisher",
          "City",
          "District",
          "Province",
          "Country",
          "Latitude",
          "Longitude");

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private Profiles() {}

  /**
   * GDELT's GLOBALEVENTID is a positive integer that loaders type as BIGINT: Parley's event id (16
   * hexadecimal digits, 64 bits of a hash) read as a number and halved to 63 bits. Any other id is
   * hashed first. The same event always gets the same number; the text id itself is in the jsonl,
   * csv and parquet profiles.
   */
  static String globalEventId(String eventId) {
    String hex =
        eventId.matches("[0-9a-f]{16}") ? eventId : org.parley.model.ContentHash.shortId(eventId);
    return Long.toString(Long.parseUnsignedLong(hex, 16) >>> 1);
  }

  /** The event's GDELT 2.0 row: 61 values, "" where Parley has nothing. */
  static List<String> gdelt(EventRow e) {
    List<String> row = new ArrayList<>(61);
    Integer year = e.datePart(0);
    Integer month = e.datePart(1);
    Integer day = e.datePart(2);
    row.add(globalEventId(e.string("event_id")));
    row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", year, month, day));
    row.add(month == null ? "" : String.format(Locale.ROOT, "%04d%02d", year, month));
    row.add(year == null ? "" : String.format(Locale.ROOT, "%04d", year));
    row.add(day == null ? "" : fractionDate(LocalDate.of(year, month, day)));
    gdeltActor(row, e.object("source"));
    gdeltActor(row, e.object("target"));
    row.add(number(e.event().get("sentence_index")).intValue() == 0 ? "1" : "0");
    String code = e.string("cameo_code");
    row.add(code);
    row.add(code.length() > 3 ? code.substring(0, 3) : code);
    row.add(e.string("cameo_root"));
    row.add(String.valueOf(number(e.event().get("quad_class")).intValue()));
    row.add(decimal(e.event().get("goldstein")));
    // GDELT's NumMentions, NumSources, NumArticles: the counts of the event's cluster.
    row.add(String.valueOf(e.clusterCounts()[0]));
    row.add(String.valueOf(e.clusterCounts()[1]));
    row.add(String.valueOf(e.clusterCounts()[2]));
    row.add("");
    // Actor1Geo_* and Actor2Geo_*: Parley does not place actors, only events.
    for (int i = 0; i < 16; i++) {
      row.add("");
    }
    Optional<Map<String, Object>> location = e.object("location");
    row.add(location.map(Profiles::gdeltGeoType).orElse(""));
    row.add(location.map(Profiles::fullName).orElse(""));
    row.add(""); // ActionGeo_CountryCode: FIPS 10-4, which Parley does not have.
    row.add(""); // ActionGeo_ADM1Code: FIPS-based.
    row.add(""); // ActionGeo_ADM2Code
    row.add(location.map(l -> decimal(l.get("lat"))).orElse(""));
    row.add(location.map(l -> decimal(l.get("lon"))).orElse(""));
    row.add(""); // ActionGeo_FeatureID: GNS/GNIS ids; Parley's are GeoNames ids.
    row.add(e.runStarted().map(DATE_ADDED::format).orElse(""));
    row.add(e.url().orElse(""));
    return row;
  }

  private static void gdeltActor(List<String> row, Optional<Map<String, Object>> actor) {
    List<String> sectors = new ArrayList<>(EventRow.sectors(actor));
    String country = orEmpty(EventRow.text(actor, "country"));
    String knownGroup = "";
    if (ActorCode.isInternational(country)) {
      // IGOUNO: no country; type IGO, known group UNO, as GDELT codes the United Nations.
      knownGroup = sectors.isEmpty() ? "" : sectors.remove(0);
      sectors.add(0, country);
      country = "";
    }
    row.add(orEmpty(EventRow.text(actor, "code")));
    row.add(orEmpty(EventRow.text(actor, "text")).toUpperCase(Locale.ROOT));
    row.add(country);
    row.add(knownGroup);
    row.add(""); // EthnicCode
    row.add(""); // Religion1Code
    row.add(""); // Religion2Code
    for (int i = 0; i < 3; i++) {
      row.add(i < sectors.size() ? sectors.get(i) : "");
    }
  }

  /** GDELT's geographic resolution: 1 country, 4 world city, 5 world state (ADM1). */
  private static String gdeltGeoType(Map<String, Object> location) {
    Object precision = location.get("precision");
    if (precision == null) {
      return "";
    }
    return switch (precision.toString()) {
      case "country" -> "1";
      case "admin1" -> "5";
      case "city", "seat" -> "4";
      default -> "";
    };
  }

  /** "Name, Admin1, Country" as GDELT's FullName columns read; parts Parley lacks are skipped. */
  private static String fullName(Map<String, Object> location) {
    List<String> parts = new ArrayList<>();
    for (String f : List.of("name", "admin1", "country")) {
      Object v = location.get(f);
      if (v != null && !v.toString().isBlank() && !parts.contains(v.toString())) {
        parts.add(v.toString());
      }
    }
    return String.join(", ", parts);
  }

  /** YYYY.FFFF: the year plus the fraction of it gone by on that day, as GDELT computes it. */
  static String fractionDate(LocalDate d) {
    double fraction = (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    return String.format(Locale.ROOT, "%.4f", d.getYear() + fraction);
  }

  /** The event's Phoenix row: 26 values. */
  static List<String> phoenix(EventRow e) {
    Integer year = e.datePart(0);
    Integer month = e.datePart(1);
    Integer day = e.datePart(2);
    Optional<Map<String, Object>> location = e.object("location");
    List<String> row = new ArrayList<>(26);
    row.add(e.string("event_id"));
    row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", year, month, day));
    row.add(year == null ? "" : String.valueOf(year));
    row.add(month == null ? "" : String.valueOf(month));
    row.add(day == null ? "" : String.valueOf(day));
    phoenixActor(row, e.object("source"));
    phoenixActor(row, e.object("target"));
    row.add(e.string("cameo_code"));
    row.add(e.string("cameo_root"));
    row.add(String.valueOf(number(e.event().get("quad_class")).intValue()));
    row.add(decimal(e.event().get("goldstein")));
    row.add(""); // joined_issues
    row.add(location.map(l -> decimal(l.get("lat"))).orElse(""));
    row.add(location.map(l -> decimal(l.get("lon"))).orElse(""));
    row.add(orEmpty(EventRow.text(location, "name")));
    row.add(orEmpty(EventRow.text(location, "country")));
    row.add(orEmpty(EventRow.text(location, "admin1")));
    row.add(e.string("doc_id"));
    row.add(e.url().orElse(""));
    row.add(e.outlet().orElse(""));
    return row;
  }

  private static void phoenixActor(List<String> row, Optional<Map<String, Object>> actor) {
    String code = orEmpty(EventRow.text(actor, "code"));
    String country = EventRow.text(actor, "country");
    List<String> sectors = EventRow.sectors(actor);
    row.add(code);
    // The actor root: the country, else the first three letters (IGO, NGO, ...), as Phoenix does.
    row.add(country != null ? country : code.length() >= 3 ? code.substring(0, 3) : code);
    List<String> rest =
        country != null
            ? sectors
            : sectors.isEmpty() ? sectors : sectors.subList(1, sectors.size());
    row.add(rest.isEmpty() ? "" : rest.get(0));
    row.add(rest.size() > 1 ? String.join(";", rest.subList(1, rest.size())) : "");
  }

  /** The event's ICEWS row: 20 values. */
  static List<String> icews(EventRow e) {
    Optional<Map<String, Object>> source = e.object("source");
    Optional<Map<String, Object>> target = e.object("target");
    Optional<Map<String, Object>> location = e.object("location");
    List<String> row = new ArrayList<>(20);
    row.add(e.string("event_id"));
    row.add(orEmpty(e.string("date")));
    row.add(orEmpty(EventRow.text(source, "text")));
    row.add(String.join(",", EventRow.sectors(source)));
    row.add(icewsCountry(source));
    row.add(e.string("cameo_name"));
    row.add(e.string("cameo_code"));
    row.add(decimal(e.event().get("goldstein")));
    row.add(orEmpty(EventRow.text(target, "text")));
    row.add(String.join(",", EventRow.sectors(target)));
    row.add(icewsCountry(target));
    row.add(e.string("doc_id"));
    row.add(String.valueOf(number(e.event().get("sentence_index")).intValue() + 1));
    row.add(e.outlet().orElse(""));
    String precision = EventRow.text(location, "precision");
    boolean city = "city".equals(precision) || "seat".equals(precision);
    row.add(city ? orEmpty(EventRow.text(location, "name")) : "");
    row.add(""); // District: Parley has no admin2.
    row.add(
        "admin1".equals(precision)
            ? orEmpty(EventRow.text(location, "name"))
            : orEmpty(EventRow.text(location, "admin1")));
    row.add(orEmpty(EventRow.text(location, "country")));
    row.add(location.map(l -> decimal(l.get("lat"))).orElse(""));
    row.add(location.map(l -> decimal(l.get("lon"))).orElse(""));
    return row;
  }

  /** An actor's country code; empty for international actors (IGO, NGO, ...), which have none. */
  private static String icewsCountry(Optional<Map<String, Object>> actor) {
    String country = orEmpty(EventRow.text(actor, "country"));
    return ActorCode.isInternational(country) ? "" : country;
  }

  /** The event as a PLOVER record (PLOVER manual, "Data Fields"), field order as there. */
  static Map<String, Object> plover(EventRow e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.string("event_id"));
    m.put("date", e.string("date"));
    m.put("actor", ploverEntities(e.object("source")));
    m.put("recipient", ploverEntities(e.object("target")));
    String type = e.string("plover_type");
    m.put("event", type == null ? List.of() : List.of(type));
    Optional<Map<String, Object>> location = e.object("location");
    m.put("event_loc", location.map(Profiles::ploverLocation).orElse(null));
    Optional<Map<String, Object>> evidence = e.object("evidence");
    m.put("event_text", evidence.map(ev -> List.of(ev.get("trigger"))).orElse(List.of()));
    m.put("quad_code", number(e.event().get("quad_class")).intValue());
    m.put("event_scale", number(e.event().get("goldstein")).doubleValue());
    String mode = e.string("plover_mode");
    m.put("mode", mode == null ? List.of() : List.of(mode));
    // PLOVER's auxiliary modes (hypothetical, future, negation) go in context.
    m.put("context", auxiliaryMode(e.string("modality")));
    m.put("text", e.string("sentence"));
    Map<String, Object> textInfo = new LinkedHashMap<>();
    textInfo.put("sequence", number(e.event().get("sentence_index")).intValue());
    m.put("text_info", textInfo);
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("citation", e.string("doc_id"));
    cite.put("url", e.url().orElse(null));
    cite.put("publication", e.outlet().orElse(null));
    cite.put("coder", "parley");
    m.put("cite_info", cite);
    m.put("coder", "parley");
    m.put("coded_date", e.runStarted().map(t -> t.toLocalDate().toString()).orElse(null));
    m.put(
        "comment",
        "CAMEO "
            + e.string("cameo_code")
            + " "
            + e.string("cameo_name")
            + "; modality "
            + e.string("modality"));
    return m;
  }

  private static List<Map<String, Object>> ploverEntities(Optional<Map<String, Object>> actor) {
    if (actor.isEmpty()) {
      return List.of();
    }
    Map<String, Object> a = actor.get();
    List<String> sectors = EventRow.sectors(actor);
    Map<String, Object> m = new LinkedHashMap<>();
    // A sector-only code (GOV, "a presidential aide") has no country: PLOVER's code stays null.
    m.put("code", a.get("country"));
    m.put("sector", sectors.isEmpty() ? null : sectors.get(0));
    m.put("entity_text", a.get("text"));
    m.put("cameo_code", a.get("code"));
    return List.of(m);
  }

  private static Map<String, Object> ploverLocation(Map<String, Object> l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("extracted_place", l.get("name"));
    m.put("geonameid", l.get("geonames_id"));
    m.put("lat", l.get("lat"));
    m.put("lon", l.get("lon"));
    Object precision = l.get("precision");
    boolean city = "city".equals(precision) || "seat".equals(precision);
    m.put("city", city ? l.get("name") : null);
    m.put("province", "admin1".equals(precision) ? l.get("name") : l.get("admin1"));
    m.put("country_code", l.get("country"));
    m.put("resolution", resolution(precision));
    return m;
  }

  /** PLOVER's location resolution: 4 city, 2 province, 1 country. */
  private static Integer resolution(Object precision) {
    if (precision == null) {
      return null;
    }
    return switch (precision.toString()) {
      case "city", "seat" -> 4;
      case "admin1" -> 2;
      case "country" -> 1;
      default -> null;
    };
  }

  private static List<String> auxiliaryMode(String modality) {
    return switch (modality) {
      case "negated" -> List.of("negation");
      case "hypothetical" -> List.of("hypothetical");
      case "intended" -> List.of("future");
      default -> List.of();
    };
  }

  private static Number number(Object value) {
    return (Number) value;
  }

  /** A number as text without a trailing ".0" on whole values (1.9, -10, 35.69). */
  static String decimal(Object value) {
    if (value == null) {
      return "";
    }
    double d = ((Number) value).doubleValue();
    if (d == Math.rint(d) && !Double.isInfinite(d)) {
      return String.valueOf((long) d);
    }
    return java.math.BigDecimal.valueOf(d).toPlainString();
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** For tests and docs: the columns of a tab-separated profile. */
  public static List<String> columns(ExportFormat format) {
    return switch (format) {
      case GDELT -> GDELT_COLUMNS;
      case PHOENIX -> PHOENIX_COLUMNS;
      case ICEWS -> ICEWS_COLUMNS;
      case CSV, PARQUET -> FlatTable.names();
      default -> throw new IllegalArgumentException(format.label() + " has no fixed columns");
    };
  }
}
