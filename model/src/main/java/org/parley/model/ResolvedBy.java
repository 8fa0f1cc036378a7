package org.parley.model;

import java.util.Locale;

/** How an actor mention got its code (the contract's {@code resolved_by} values). */
public enum ResolvedBy {
  DICTIONARY,
  TITLE,
  NATIONALITY,
  COREFERENCE,
  METONYMY,
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
