package org.parley.store.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flat event table of the csv and parquet exports: one row an event, one column a fact, codes
 * as text (CAMEO "042" keeps its zero). docs/FORMATS.md describes each column.
 */
public final class FlatTable {
  /** A column and its SQL type (for the Parquet export's staging table). */
  public record Column(String name, String sqlType) {}

  public static final List<Column> COLUMNS =
      List.of(
          new Column("event_id", "VARCHAR"),
          new Column("doc_id", "VARCHAR"),
          new Column("run_id", "VARCHAR"),
          new Column("date", "VARCHAR"),
          new Column("date_precision", "VARCHAR"),
          new Column("year", "INTEGER"),
          new Column("month", "INTEGER"),
          new Column("day", "INTEGER"),
          new Column("source_text", "VARCHAR"),
          new Column("source_code", "VARCHAR"),
          new Column("source_country", "VARCHAR"),
          new Column("source_sectors", "VARCHAR"),
          new Column("target_text", "VARCHAR"),
          new Column("target_code", "VARCHAR"),
          new Column("target_country", "VARCHAR"),
          new Column("target_sectors", "VARCHAR"),
          new Column("cameo_code", "VARCHAR"),
          new Column("cameo_root", "VARCHAR"),
          new Column("cameo_name", "VARCHAR"),
          new Column("plover_type", "VARCHAR"),
          new Column("plover_mode", "VARCHAR"),
          new Column("quad_class", "INTEGER"),
          new Column("penta_class", "INTEGER"),
          new Column("goldstein", "DOUBLE"),
          new Column("location_name", "VARCHAR"),
          new Column("location_country", "VARCHAR"),
          new Column("location_admin1", "VARCHAR"),
          new Column("location_lat", "DOUBLE"),
          new Column("location_lon", "DOUBLE"),
          new Column("location_precision", "VARCHAR"),
          new Column("location_geonames_id", "BIGINT"),
          new Column("modality", "VARCHAR"),
          new Column("confidence", "DOUBLE"),
          new Column("trigger", "VARCHAR"),
          new Column("rule", "VARCHAR"),
          new Column("sentence_index", "INTEGER"),
          new Column("sentence", "VARCHAR"),
          new Column("url", "VARCHAR"),
          new Column("outlet", "VARCHAR"));

  private FlatTable() {}

  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Column c : COLUMNS) {
      out.add(c.name());
    }
    return out;
  }

  /**
   * The row of one event given as its contract map ({@code ContractMaps.event}) with its article's
   * URL and outlet, in {@link #COLUMNS} order, for writers outside the store (the Spark job).
   */
  public static List<Object> row(
      Map<String, Object> event, Optional<String> url, Optional<String> outlet) {
    return row(new EventRow("", event, url, outlet, Optional.empty(), new int[] {1, 1, 1}));
  }

  /** The row of {@code e}, in {@link #COLUMNS} order; null is an empty cell. */
  static List<Object> row(EventRow e) {
    Optional<Map<String, Object>> source = e.object("source");
    Optional<Map<String, Object>> target = e.object("target");
    Optional<Map<String, Object>> location = e.object("location");
    Optional<Map<String, Object>> evidence = e.object("evidence");
    Object geonamesId = location.map(l -> l.get("geonames_id")).orElse(null);
    return Arrays.asList(
        e.string("event_id"),
        e.string("doc_id"),
        e.string("run_id"),
        e.string("date"),
        e.string("date_precision"),
        e.datePart(0),
        e.datePart(1),
        e.datePart(2),
        EventRow.text(source, "text"),
        EventRow.text(source, "code"),
        EventRow.text(source, "country"),
        joined(EventRow.sectors(source)),
        EventRow.text(target, "text"),
        EventRow.text(target, "code"),
        EventRow.text(target, "country"),
        target.isPresent() ? joined(EventRow.sectors(target)) : null,
        e.string("cameo_code"),
        e.string("cameo_root"),
        e.string("cameo_name"),
        e.string("plover_type"),
        e.string("plover_mode"),
        number(e.event().get("quad_class")).intValue(),
        number(e.event().get("penta_class")).intValue(),
        number(e.event().get("goldstein")).doubleValue(),
        EventRow.text(location, "name"),
        EventRow.text(location, "country"),
        EventRow.text(location, "admin1"),
        location.map(l -> number(l.get("lat")).doubleValue()).orElse(null),
        location.map(l -> number(l.get("lon")).doubleValue()).orElse(null),
        EventRow.text(location, "precision"),
        geonamesId == null ? null : number(geonamesId).longValue(),
        e.string("modality"),
        number(e.event().get("confidence")).doubleValue(),
        EventRow.text(evidence, "trigger"),
        EventRow.text(evidence, "rule"),
        number(e.event().get("sentence_index")).intValue(),
        e.string("sentence"),
        e.url().orElse(null),
        e.outlet().orElse(null));
  }

  /** Sectors joined with ";" ("GOV;MIL"); empty text for none. */
  static String joined(List<String> sectors) {
    return String.join(";", sectors);
  }

  static Number number(Object value) {
    return (Number) value;
  }
}
