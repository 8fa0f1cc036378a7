package org.parley.ingest;

/** Counts over one {@link Ingestor#read} run, for the run summary. */
public record IngestSummary(int coded, int duplicates, int skipped, int warnings, int errors) {
  public IngestSummary {
    if (coded < 0 || duplicates < 0 || skipped < 0 || warnings < 0 || errors < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public int records() {
    return coded + duplicates + skipped;
  }
}
