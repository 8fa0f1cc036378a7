package org.parley.ingest.dateline;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.DateValue;

/**
 * A dateline found in an article's text.
 *
 * @param text the matched text, e.g. {@code "News2020-02-13"} or {@code "SEOUL, Feb. 13"}
 * @param offset where it starts in the text that was searched
 * @param date the date it gives; empty when it names a month and day but no year
 */
public record Dateline(String text, int offset, Optional<DateValue> date) {
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
  }
}
