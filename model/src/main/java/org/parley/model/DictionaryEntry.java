package org.parley.model;

import java.util.Objects;

/**
 * Where a dictionary fact came from: the file (name relative to its dictionary folder), the 1-based
 * line and the entry as written there, e.g. {@code Phoenix.Countries.actors.txt:39559
 * VLADIMIR_PUTIN_}.
 */
public record DictionaryEntry(String file, int line, String entry) {
  public DictionaryEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(entry, "entry");
  }

  @Override
  public String toString() {
    return file + ":" + line + " " + entry;
  }
}
