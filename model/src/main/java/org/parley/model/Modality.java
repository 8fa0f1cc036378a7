package org.parley.model;

import java.util.Locale;

/**
 * Whether the text says an event happened. Only {@code ASSERTED} events are claims that it did; the
 * others are kept, marked, so analysts can filter them.
 */
public enum Modality {
  /** Reported as having happened. */
  ASSERTED,
  /** Reported as not having happened ("declined to", "failed to", "did not"). */
  NEGATED,
  /** Possible or conditional ("may", "whether", "if"). */
  HYPOTHETICAL,
  /** Planned or expected ("plans to", "is expected to"). */
  INTENDED,
  /** Attributed at one remove ("is said to have", "reportedly"). */
  REPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
