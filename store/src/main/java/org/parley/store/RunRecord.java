package org.parley.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one coding run used, so its output can be traced and reproduced: when it started, the Parley
 * and CoreNLP versions, the options it was given and the SHA-256 of every dictionary file it loaded
 * (file name to hex hash). Maps are copied and sorted by key so the same run always serialises the
 * same way.
 */
public record RunRecord(
    String runId,
    Instant started,
    String parleyVersion,
    String corenlpVersion,
    Map<String, Object> options,
    Map<String, String> dictionaryHashes) {
  public RunRecord {
    Objects.requireNonNull(runId, "runId");
    if (runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank");
    }
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(parleyVersion, "parleyVersion");
    Objects.requireNonNull(corenlpVersion, "corenlpVersion");
    options =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(options, "options")));
    dictionaryHashes =
        Collections.unmodifiableMap(
            new TreeMap<>(Objects.requireNonNull(dictionaryHashes, "dictionaryHashes")));
  }
}
