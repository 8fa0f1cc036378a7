package org.parley.coding.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.DictionaryEntry;

/**
 * A verb block, {@code --- NAME [code] ---} and the verb and pattern lines under it. The verbs of a
 * block are synonyms with respect to its patterns; {@code code} is the block's default for verbs
 * without their own code (empty when the header gives none, which PETRARCH reads as the null code
 * {@code ---}). Provenance is the header line (the first one when several files add to the block).
 */
public record VerbBlock(
    String name,
    Optional<EventCodeSpec> code,
    List<VerbForm> forms,
    List<VerbPattern> patterns,
    DictionaryEntry provenance) {
  public VerbBlock {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: blank");
    }
    Objects.requireNonNull(code, "code");
    forms = List.copyOf(forms);
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The header's code, or the null code {@code ---} when the header has none. */
  public EventCodeSpec codeOrNone() {
    return code.orElse(EventCodeSpec.NONE);
  }

  /** Records compare by value; a block's identity for printing is its name and header line. */
  @Override
  public String toString() {
    return "VerbBlock["
        + name
        + " "
        + codeOrNone()
        + " "
        + provenance
        + ", "
        + forms.size()
        + " forms, "
        + patterns.size()
        + " patterns]";
  }
}
