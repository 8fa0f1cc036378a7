package org.parley.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.Modality;

/**
 * Which events an export carries. Every value is checked here and reaches SQL only as a bound
 * parameter: the filter is a small language of its own, never SQL text.
 *
 * @param since keep events whose date (or date period, for a month or a year) ends on or after this
 *     day; events without a date are then left out
 * @param until keep events whose date (or date period) starts on or before this day; events without
 *     a date are then left out
 * @param countries keep events whose source, target or location country is one of these ISO 3166
 *     alpha-3 / CAMEO country codes (e.g. KOR)
 * @param cameoRoots keep events whose CAMEO root code is one of these two-digit codes (e.g. 04)
 * @param cameoCodes keep events whose CAMEO code starts with one of these (e.g. 042 or 0421)
 * @param modalities keep events with one of these modalities (asserted, negated, hypothetical,
 *     intended, reported); empty: see {@link #includeUnasserted}
 * @param includeUnasserted with no {@code modalities}, carry every modality even in formats that by
 *     default carry only asserted events ({@link ExportFormat#assertedOnlyByDefault})
 * @param runId keep only the events of this run
 */
public record ExportFilter(
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    List<String> countries,
    List<String> cameoRoots,
    List<String> cameoCodes,
    List<String> modalities,
    boolean includeUnasserted,
    Optional<String> runId) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  /** The date as a day: a month or year date stands for its first day. */
  private static final String PERIOD_START =
      "(CASE WHEN length(e.date) = 4 THEN e.date || '-01-01' "
          + "WHEN length(e.date) = 7 THEN e.date || '-01' ELSE e.date END)";

  /**
   * The last day of the date's period, as a string that compares correctly with ISO days ("-31"
   * ends every month for comparison purposes).
   */
  private static final String PERIOD_END =
      "(CASE WHEN length(e.date) = 4 THEN e.date || '-12-31' "
          + "WHEN length(e.date) = 7 THEN e.date || '-31' ELSE e.date END)";

  public ExportFilter {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    countries = normalise(countries, "country", COUNTRY, true);
    cameoRoots = normalise(cameoRoots, "CAMEO root", ROOT, false);
    cameoCodes = normalise(cameoCodes, "CAMEO code", CODE, false);
    modalities = modalities(modalities);
    Objects.requireNonNull(runId, "runId");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "the range is empty: since " + since.get() + " is after until " + until.get());
    }
  }

  /** No restriction beyond each format's default modality rule. */
  public static ExportFilter all() {
    return new ExportFilter(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        Optional.empty());
  }

  /** The modalities {@code format} carries under this filter; empty means all of them. */
  public List<String> modalitiesFor(ExportFormat format) {
    if (!modalities.isEmpty()) {
      return modalities;
    }
    if (includeUnasserted || !format.assertedOnlyByDefault()) {
      return List.of();
    }
    return List.of(Modality.ASSERTED.label());
  }

  /**
   * The condition on the events table (alias {@code e}) for {@code format}, with {@code ?} for each
   * value, which is added to {@code parameters} in order; "TRUE" when nothing is restricted. The
   * SQL is standard and runs on DuckDB and PostgreSQL alike.
   */
  public String where(ExportFormat format, List<Object> parameters) {
    List<String> and = new ArrayList<>();
    if (since.isPresent()) {
      and.add("e.date IS NOT NULL AND " + PERIOD_END + " >= ?");
      parameters.add(since.get().toString());
    }
    if (until.isPresent()) {
      and.add("e.date IS NOT NULL AND " + PERIOD_START + " <= ?");
      parameters.add(until.get().toString());
    }
    if (!countries.isEmpty()) {
      String in = in(countries, parameters, 3);
      and.add(
          "(e.source_country IN "
              + in
              + " OR e.target_country IN "
              + in
              + " OR e.location_country IN "
              + in
              + ")");
    }
    if (!cameoRoots.isEmpty()) {
      and.add("e.cameo_root IN " + in(cameoRoots, parameters, 1));
    }
    if (!cameoCodes.isEmpty()) {
      List<String> or = new ArrayList<>();
      for (String code : cameoCodes) {
        or.add("substr(e.cameo_code, 1, ?) = ?");
        parameters.add(code.length());
        parameters.add(code);
      }
      and.add("(" + String.join(" OR ", or) + ")");
    }
    List<String> modal = modalitiesFor(format);
    if (!modal.isEmpty()) {
      and.add("e.modality IN " + in(modal, parameters, 1));
    }
    if (runId.isPresent()) {
      and.add("e.run_id = ?");
      parameters.add(runId.get());
    }
    if (and.isEmpty()) {
      return "TRUE";
    }
    return "(" + String.join(") AND (", and) + ")";
  }

  /** "(?, ?, ...)" for {@code values}, whose values are added {@code times} times in a row. */
  private static String in(List<String> values, List<Object> parameters, int times) {
    for (int t = 0; t < times; t++) {
      parameters.addAll(values);
    }
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  private static List<String> normalise(
      List<String> values, String what, Pattern pattern, boolean upper) {
    Objects.requireNonNull(values, what);
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String t = Objects.requireNonNull(v, what).trim();
      if (upper) {
        t = t.toUpperCase(Locale.ROOT);
      }
      if (!pattern.matcher(t).matches()) {
        throw new IllegalArgumentException(
            "bad " + what + " '" + v + "': expected " + describe(pattern));
      }
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private static String describe(Pattern p) {
    return switch (p.pattern()) {
      case "[A-Z]{3}" -> "a three-letter country code such as KOR";
      case "\\d{2}" -> "a two-digit CAMEO root code such as 04";
      default -> "a CAMEO code of 2 to 4 digits such as 042";
    };
  }

  private static List<String> modalities(List<String> values) {
    Objects.requireNonNull(values, "modalities");
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String t = Objects.requireNonNull(v, "modality").trim().toLowerCase(Locale.ROOT);
      boolean known = false;
      for (Modality m : Modality.values()) {
        known |= m.label().equals(t);
      }
      if (!known) {
        throw new IllegalArgumentException(
            "bad modality '"
                + v
                + "': expected asserted, negated, hypothetical, intended or reported");
      }
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}
