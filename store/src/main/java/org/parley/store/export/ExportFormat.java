package org.parley.store.export;

import java.util.Locale;

/** The layouts {@link Exporter} writes. */
public enum ExportFormat {
  /** The events' contract JSON, one object a line, exactly as events.jsonl has them. */
  JSONL(false),
  /** The flat event table ({@link FlatTable}) as RFC 4180 CSV with a header. */
  CSV(false),
  /**
   * The flat event table as a Hive-partitioned Parquet directory (year, month), from either engine.
   */
  PARQUET(false),
  /** GDELT 2.0 event table: 61 tab-separated columns, no header unless asked for. */
  GDELT(true),
  /** Phoenix (OEDA) event data: 26 tab-separated columns, no header unless asked for. */
  PHOENIX(true),
  /** ICEWS coded event data: 20 tab-separated columns with ICEWS's header line. */
  ICEWS(true),
  /** PLOVER JSON records, one a line. */
  PLOVER(false);

  private final boolean assertedOnlyByDefault;

  ExportFormat(boolean assertedOnlyByDefault) {
    this.assertedOnlyByDefault = assertedOnlyByDefault;
  }

  /**
   * Whether the format carries only asserted events unless asked otherwise: the classic event
   * datasets (GDELT, Phoenix, ICEWS) have no modality column, so a negated or hypothetical event in
   * them would read as one that happened.
   */
  public boolean assertedOnlyByDefault() {
    return assertedOnlyByDefault;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code label} (case-insensitive). */
  public static ExportFormat of(String label) {
    for (ExportFormat f : values()) {
      if (f.label().equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '"
            + label
            + "': use jsonl, csv, parquet, gdelt, phoenix, icews or plover");
  }
}
