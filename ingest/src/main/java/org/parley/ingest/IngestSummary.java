package org.parley.ingest;

import java.util.List;

/**
 * Counts over one {@link Ingestor#read} run, for the run summary, and what the run decided that
 * users should know (which manifest applied where).
 */
public record IngestSummary(
    int coded, int duplicates, int skipped, int warnings, int errors, List<String> notes) {
  public IngestSummary {
    if (coded < 0 || duplicates < 0 || skipped < 0 || warnings < 0 || errors < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    notes = List.copyOf(notes);
  }

  public IngestSummary(int coded, int duplicates, int skipped, int warnings, int errors) {
    this(coded, duplicates, skipped, warnings, errors, List.of());
  }

  public int records() {
    return coded + duplicates + skipped;
  }
}
