package org.parley.cli.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one run: articles by status, events, quotes, mentions, diagnostics, timings, and the
 * coded ids.
 */
public record RunSummary(
    String runId,
    int coded,
    int duplicates,
    int skipped,
    long sentences,
    long events,
    long quotes,
    long mentions,
    int diagnostics,
    Map<String, Integer> skipReasons,
    double modelLoadSeconds,
    double codingSeconds,
    List<String> codedIds) {
  public RunSummary {
    skipReasons = Map.copyOf(new TreeMap<>(skipReasons));
    codedIds = List.copyOf(codedIds);
  }

  public int records() {
    return coded + duplicates + skipped;
  }

  /**
   * Sentences per second over the time spent ingesting, parsing, coding and writing (not model
   * loading).
   */
  public double sentencesPerSecond() {
    return codingSeconds <= 0 ? 0 : sentences / codingSeconds;
  }
}
