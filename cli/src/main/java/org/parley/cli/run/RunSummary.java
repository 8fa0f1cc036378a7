package org.parley.cli.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one run: articles by status, sentences (and how many of them the dependency parser was
 * run on), events, quotes, mentions, diagnostics, timings, and the coded ids. A resumed run counts
 * the records its interrupted predecessor committed under their statuses and in {@code resumed};
 * its events, sentences and ids are those it coded itself.
 */
public record RunSummary(
    String runId,
    int coded,
    int duplicates,
    int skipped,
    long sentences,
    long sentencesParsed,
    long events,
    long quotes,
    long mentions,
    int diagnostics,
    Map<String, Integer> skipReasons,
    double modelLoadSeconds,
    double codingSeconds,
    List<String> codedIds,
    int resumed) {
  public RunSummary {
    skipReasons = Map.copyOf(new TreeMap<>(skipReasons));
    codedIds = List.copyOf(codedIds);
    if (resumed < 0) {
      throw new IllegalArgumentException("resumed must be >= 0, was " + resumed);
    }
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
