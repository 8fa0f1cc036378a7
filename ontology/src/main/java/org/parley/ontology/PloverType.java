package org.parley.ontology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One of PLOVER's sixteen event types (PLOVER manual, "Events") with its quad category, whether it
 * needs a recipient, its modes, and the PLOVER score of the type and of each scored mode.
 *
 * @param name the type as PLOVER writes it: {@code CONSULT}, {@code ASSAULT}
 * @param quadCategory {@code VERBAL COOPERATION}, {@code MATERIAL COOPERATION}, {@code VERBAL
 *     CONFLICT} or {@code MATERIAL CONFLICT}
 * @param definition the manual's definition, in its LaTeX markup
 */
public record PloverType(
    String name,
    String quadCategory,
    boolean requiresRecipient,
    List<String> modes,
    OptionalDouble score,
    Map<String, Double> modeScores,
    String definition) {
  public PloverType {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: empty");
    }
    Objects.requireNonNull(quadCategory, "quadCategory");
    modes = List.copyOf(modes);
    Objects.requireNonNull(score, "score");
    modeScores = Map.copyOf(modeScores);
    Objects.requireNonNull(definition, "definition");
  }

  public boolean hasMode(String mode) {
    return modes.contains(Objects.requireNonNull(mode, "mode"));
  }
}
