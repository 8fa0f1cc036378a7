package org.parley.coding.dictionary;

import java.util.List;
import java.util.Objects;
import org.parley.model.DictionaryEntry;

/**
 * One pattern line of a verb block, {@code - PRE * POST [code] # comment}: {@code before} holds the
 * elements left of the {@code *} (the verb), {@code after} those right of it. A pattern applies to
 * every verb of its block (PETRARCH2 files patterns under the block name). When several patterns
 * match, PETRARCH2's tree walk prefers the longer, more specific one; {@link #specificity()} gives
 * that measure for a matcher that does not walk a tree.
 */
public record VerbPattern(
    List<PatternElement> before,
    List<PatternElement> after,
    EventCodeSpec code,
    DictionaryEntry provenance) {
  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * The number of concrete words the pattern requires (words, synonym sets, prepositions; not $ + ^
   * %).
   */
  public int specificity() {
    int n = 0;
    for (PatternElement e : before) {
      n += e.specificity();
    }
    for (PatternElement e : after) {
      n += e.specificity();
    }
    return n;
  }

  /** The pattern in dictionary notation, e.g. {@code * (FOR TALKS) [036:036]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (PatternElement e : before) {
      sb.append(e).append(' ');
    }
    sb.append('*');
    for (PatternElement e : after) {
      sb.append(' ').append(e);
    }
    return sb.append(' ').append(code).toString();
  }
}
