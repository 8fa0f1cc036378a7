package org.parley.coding.dictionary;

import java.util.Objects;

/**
 * A dictionary entry found in a sentence: the entry and the token range {@code [start, end)} it
 * covers in the caller's token list. The range always falls on the caller's token boundaries, even
 * when one token (e.g. "Jae-in") matched two dictionary words.
 */
public record PhraseMatch<T>(T entry, int start, int end) {
  public PhraseMatch {
    Objects.requireNonNull(entry, "entry");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "token range must be non-empty and start at 0 or later: [" + start + ", " + end + ")");
    }
  }

  /** The number of tokens covered. */
  public int length() {
    return end - start;
  }
}
