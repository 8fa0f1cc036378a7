package org.parley.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text table {@code parley eval} prints. */
public final class EvalReport {
  private static final String ROW = "%-34s %7s %8s %8s %6s %6s %6s %6s %6s %6s %8s%n";

  private EvalReport() {}

  public static String table(List<SuiteResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            ROW,
            "suite / category",
            "records",
            "expected",
            "produced",
            "P",
            "R",
            "F1",
            "rootP",
            "rootR",
            "rootF1",
            "correct"));
    SuiteResult.Counts overall = null;
    for (SuiteResult r : results) {
      SuiteResult.Counts t = r.total();
      sb.append(row(r.suite().id(), t));
      if (r.suite() == Suite.PLOVER_GSR) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  PLOVER type with source and target country: %s of records; type alone: %s;"
                    + " mode: %d of %d records with a mode%n",
                pct(t.correctShare()),
                pct(t.rootCorrectShare()),
                t.modeCorrect(),
                t.modeRecords()));
      }
      if (r.suite() == Suite.CAMEO_MANUAL_EXAMPLES) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  CAMEO root correct on %s of examples; exact code on %s%n",
                pct(t.rootCorrectShare()),
                pct(t.correctShare())));
      }
      r.skipped()
          .forEach(
              (why, n) -> sb.append(String.format(Locale.ROOT, "  not scored: %d %s%n", n, why)));
      for (Map.Entry<String, SuiteResult.Counts> c : r.byCategory().entrySet()) {
        sb.append(row("  " + (c.getKey().isEmpty() ? "(none)" : c.getKey()), c.getValue()));
      }
      if (r.suite().ordinal() <= Suite.CAMEO_MANUAL_EXAMPLES.ordinal()) {
        overall = overall == null ? t : overall.plus(t);
      }
    }
    if (overall != null) {
      sb.append(row("overall (stored-parse and raw suites)", overall));
    }
    sb.append(
        "P, R, F1: events matching in source, target and full CAMEO code (PLOVER: type and dyad);"
            + " root: the first two digits (PLOVER: type); correct: records fully correct.\n");
    return sb.toString();
  }

  private static String row(String name, SuiteResult.Counts c) {
    return String.format(
        Locale.ROOT,
        ROW,
        name,
        c.records(),
        c.expected(),
        c.produced(),
        f(c.precision()),
        f(c.recall()),
        f(c.f1()),
        f(c.rootPrecision()),
        f(c.rootRecall()),
        f(c.rootF1()),
        pct(c.correctShare()));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
