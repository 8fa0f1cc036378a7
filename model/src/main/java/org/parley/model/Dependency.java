package org.parley.model;

import java.util.Objects;

/**
 * A Universal Dependencies edge between tokens of one sentence, by 0-based token index. The root
 * edge has {@code governor == -1} and relation "root". Relations keep their subtype ("nsubj:pass",
 * "obl:agent").
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    if (governor < -1) {
      throw new IllegalArgumentException("governor must be >= -1, was " + governor);
    }
    if (dependent < 0) {
      throw new IllegalArgumentException("dependent must be >= 0, was " + dependent);
    }
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: "nsubj" for "nsubj:pass". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
