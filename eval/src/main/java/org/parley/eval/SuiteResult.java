package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Diagnostic;

/** The figures of one suite run, overall and by the suite's categories, with every outcome. */
public final class SuiteResult {
  private final Suite suite;
  private final List<RecordOutcome> outcomes;
  private final List<Diagnostic> problems;
  private final Map<String, Integer> skipped;
  private final double seconds;

  public SuiteResult(
      Suite suite,
      List<RecordOutcome> outcomes,
      List<Diagnostic> problems,
      Map<String, Integer> skipped,
      double seconds) {
    this.suite = suite;
    this.outcomes = List.copyOf(outcomes);
    this.problems = List.copyOf(problems);
    this.skipped = Map.copyOf(skipped);
    this.seconds = seconds;
  }

  /** Entries of the suite's file not scored on purpose, by reason. */
  public Map<String, Integer> skipped() {
    return skipped;
  }

  public Suite suite() {
    return suite;
  }

  public List<RecordOutcome> outcomes() {
    return outcomes;
  }

  /** Records that could not be read, and other located problems met on the way. */
  public List<Diagnostic> problems() {
    return problems;
  }

  public double seconds() {
    return seconds;
  }

  public List<RecordOutcome> failures() {
    return outcomes.stream().filter(o -> !o.correct()).toList();
  }

  public Counts total() {
    return Counts.of(outcomes);
  }

  /** Counts per category, in category order. */
  public Map<String, Counts> byCategory() {
    Map<String, List<RecordOutcome>> groups = new TreeMap<>();
    for (RecordOutcome o : outcomes) {
      groups.computeIfAbsent(o.record().category(), k -> new ArrayList<>()).add(o);
    }
    Map<String, Counts> out = new LinkedHashMap<>();
    groups.forEach((k, v) -> out.put(k, Counts.of(v)));
    return out;
  }

  /** The figures as {@code parley eval --json} writes them: fractions between 0 and 1. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>(total().toJson(suite));
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    m.put(
        "unreadable_records",
        problems.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count());
    // Gold entries that are not records to score (the CAMEO manual's notes), by reason.
    m.put("records_skipped", new java.util.TreeMap<>(skipped));
    Map<String, Object> cats = new LinkedHashMap<>();
    byCategory().forEach((k, v) -> cats.put(k, v.toJson(suite)));
    m.put("categories", cats);
    return m;
  }

  /** Summed counts over a set of outcomes, and the figures made from them. */
  public record Counts(
      int records,
      int expected,
      int produced,
      int matched,
      int matchedRoot,
      int correct,
      int refused,
      int withRoot,
      int modeRecords,
      int modeCorrect) {

    static Counts of(List<RecordOutcome> outcomes) {
      int e = 0;
      int p = 0;
      int m = 0;
      int mr = 0;
      int c = 0;
      int r = 0;
      int wr = 0;
      int md = 0;
      int mc = 0;
      for (RecordOutcome o : outcomes) {
        e += o.expected().size();
        p += o.produced().size();
        m += o.matched();
        mr += o.matchedRoot();
        c += o.correct() ? 1 : 0;
        r += o.refused().isPresent() ? 1 : 0;
        wr += o.matchedRoot() > 0 || o.expected().isEmpty() && o.produced().isEmpty() ? 1 : 0;
        if (o.modeCorrect().isPresent()) {
          md++;
          mc += o.modeCorrect().get() ? 1 : 0;
        }
      }
      return new Counts(outcomes.size(), e, p, m, mr, c, r, wr, md, mc);
    }

    public Counts plus(Counts o) {
      return new Counts(
          records + o.records,
          expected + o.expected,
          produced + o.produced,
          matched + o.matched,
          matchedRoot + o.matchedRoot,
          correct + o.correct,
          refused + o.refused,
          withRoot + o.withRoot,
          modeRecords + o.modeRecords,
          modeCorrect + o.modeCorrect);
    }

    public double precision() {
      return ratio(matched, produced);
    }

    public double recall() {
      return ratio(matched, expected);
    }

    public double f1() {
      return f(precision(), recall());
    }

    public double rootPrecision() {
      return ratio(matchedRoot, produced);
    }

    public double rootRecall() {
      return ratio(matchedRoot, expected);
    }

    public double rootF1() {
      return f(rootPrecision(), rootRecall());
    }

    public double correctShare() {
      return ratio(correct, records);
    }

    /** Records with at least one produced event at an expected root (or correctly none). */
    public double rootCorrectShare() {
      return ratio(withRoot, records);
    }

    Map<String, Object> toJson(Suite suite) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("records", records);
      m.put("events_expected", expected);
      m.put("events_produced", produced);
      m.put("events_matched", matched);
      m.put("precision", round(precision()));
      m.put("recall", round(recall()));
      m.put("f1", round(f1()));
      m.put("root_precision", round(rootPrecision()));
      m.put("root_recall", round(rootRecall()));
      m.put("root_f1", round(rootF1()));
      m.put("records_correct_share", round(correctShare()));
      m.put("root_correct_share", round(rootCorrectShare()));
      m.put("records_refused", refused);
      if (suite == Suite.PLOVER_GSR) {
        m.put("plover_type_dyad_share", round(correctShare()));
        m.put("plover_type_share", round(rootCorrectShare()));
        m.put("plover_mode_records", modeRecords);
        m.put("plover_mode_share", round(ratio(modeCorrect, modeRecords)));
      }
      return m;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double v) {
      return Math.round(v * 10000) / 10000.0;
    }
  }
}
