package org.parley.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.store.export.ExportFilter;
import org.parley.store.export.ExportFormat;

/**
 * The events endpoint's filters as a SQL condition on {@code events e} (joined, when asked for,
 * with {@code articles a} and {@code cluster_members m}). Dates, countries, roots, code prefixes
 * and modalities go through the exports' {@link ExportFilter}, so {@code since}/{@code until} mean
 * what they mean for {@code parley export}; every value is a bound parameter.
 */
final class EventFilter {
  private final List<String> and = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();
  private boolean articles;
  private boolean clusters;

  /** The filters every event view shares: since, until, root, quad. */
  static EventFilter common(Params p) {
    EventFilter f = new EventFilter();
    Optional<LocalDate>[] range = p.range();
    List<String> roots = p.codes("root", Params.ROOT, "a two-digit CAMEO root such as 04");
    f.exportFilter(range[0], range[1], List.of(), roots, List.of(), List.of());
    f.quad(p);
    return f;
  }

  /** All of the events endpoint's filters. */
  static EventFilter events(Params p) {
    EventFilter f = new EventFilter();
    Optional<LocalDate>[] range = p.range();
    List<String> countries =
        p.codes("country", Params.COUNTRY, "a three-letter country code such as PRK");
    List<String> roots = p.codes("root", Params.ROOT, "a two-digit CAMEO root such as 04");
    List<String> codes = p.codes("code", Params.CODE, "a CAMEO code of 2 to 4 digits such as 042");
    List<String> modalities =
        p.choices(
            "modality", List.of("asserted", "negated", "hypothetical", "intended", "reported"));
    f.exportFilter(range[0], range[1], countries, roots, codes, modalities);
    f.quad(p);
    String actorExpected = "an actor code or its prefix, letters and digits such as PRKGOV or PRK";
    List<String> actors = p.codes("actor", Params.ACTOR, actorExpected);
    if (!actors.isEmpty()) {
      List<String> or = new ArrayList<>();
      for (String a : actors) {
        or.add("substr(e.source_code, 1, ?) = ? OR substr(e.target_code, 1, ?) = ?");
        f.params.add(a.length());
        f.params.add(a);
        f.params.add(a.length());
        f.params.add(a);
      }
      f.and.add(String.join(" OR ", or));
    }
    for (String side : List.of("source", "target")) {
      List<String> values = p.codes(side, Params.ACTOR, actorExpected);
      if (!values.isEmpty()) {
        List<String> or = new ArrayList<>();
        for (String v : values) {
          or.add("e." + side + "_country = ? OR substr(e." + side + "_code, 1, ?) = ?");
          f.params.add(v);
          f.params.add(v.length());
          f.params.add(v);
        }
        f.and.add(String.join(" OR ", or));
      }
    }
    for (String side : List.of("source", "target")) {
      List<String> exact = p.codes(side + "_code", Params.ACTOR, "an actor code such as PRKGOV");
      if (!exact.isEmpty()) {
        f.and.add("e." + side + "_code IN " + Sql.in(exact, f.params));
      }
    }
    List<String> placeCountries =
        p.codes("place_country", Params.COUNTRY, "a three-letter country code such as VNM");
    if (!placeCountries.isEmpty()) {
      f.and.add("e.location_country IN " + Sql.in(placeCountries, f.params));
    }
    // one name, not a list: place names may hold commas ("Washington, D.C.")
    Optional<String> place = p.text("place");
    if (place.isPresent()) {
      f.and.add("e.location_lat IS NOT NULL AND e.location_name = ?");
      f.params.add(place.get());
    }
    String precision = p.choice("place_precision", List.of("any", "point", "country"), "any");
    if (precision.equals("point")) {
      f.and.add("e.location_lat IS NOT NULL");
    } else if (precision.equals("country")) {
      f.and.add("e.location_lat IS NULL AND e.location_country IS NOT NULL");
    }
    List<String> plover = p.codes("plover", Params.PLOVER, "a PLOVER type such as CONSULT");
    if (!plover.isEmpty()) {
      f.and.add("e.plover_type IN " + Sql.in(plover, f.params));
    }
    List<String> outlets = p.texts("outlet");
    if (!outlets.isEmpty()) {
      f.and.add("a.outlet IN " + Sql.in(outlets, f.params));
      f.articles = true;
    }
    List<String> docs = p.texts("doc");
    if (!docs.isEmpty()) {
      f.and.add("e.doc_id IN " + Sql.in(docs, f.params));
    }
    List<String> clusterIds = p.texts("cluster");
    if (!clusterIds.isEmpty()) {
      f.and.add("m.cluster_id IN " + Sql.in(clusterIds, f.params));
      f.clusters = true;
    }
    List<String> runs = p.texts("run");
    if (!runs.isEmpty()) {
      f.and.add("e.run_id IN " + Sql.in(runs, f.params));
    }
    return f;
  }

  private void exportFilter(
      Optional<LocalDate> since,
      Optional<LocalDate> until,
      List<String> countries,
      List<String> roots,
      List<String> codes,
      List<String> modalities) {
    ExportFilter ef =
        new ExportFilter(since, until, countries, roots, codes, modalities, true, Optional.empty());
    String where = ef.where(ExportFormat.JSONL, params);
    if (!where.equals("TRUE")) {
      and.add(where);
    }
  }

  private void quad(Params p) {
    List<String> quads = p.codes("quad", Params.QUAD, "a quad class 1, 2, 3 or 4");
    if (!quads.isEmpty()) {
      and.add("e.quad_class IN " + Sql.in(quads.stream().map(Integer::valueOf).toList(), params));
    }
  }

  /** The FROM clause: events, with the joins the filters need (or {@code all} joins). */
  String from(boolean all) {
    return "events e"
        + (all || articles ? " LEFT JOIN articles a ON a.id = e.doc_id" : "")
        + (all || clusters ? " LEFT JOIN cluster_members m ON m.event_id = e.event_id" : "");
  }

  /** The WHERE condition ("TRUE" when nothing is filtered). */
  String where() {
    return Sql.and(and);
  }

  /** A copy of the bound values, in order. */
  List<Object> params() {
    return new ArrayList<>(params);
  }
}
