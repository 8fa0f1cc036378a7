package org.parley.coding.dictionary;

import java.util.Objects;

/**
 * A verb form found for a word or phrase, with the block it belongs to (whose patterns then apply).
 */
public record VerbMatch(VerbBlock block, VerbForm form) {
  public VerbMatch {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(form, "form");
  }

  /** The code of the bare verb: the form's own code, else the block's, else {@code ---}. */
  public EventCodeSpec code() {
    return form.code().orElse(block.codeOrNone());
  }

  @Override
  public String toString() {
    return "VerbMatch[" + block.name() + " " + String.join("_", form.words()) + " " + code() + "]";
  }
}
