package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO event code with what the codebooks attach to it: root, PLOVER type and mode, Goldstein
 * score, quad class (1 verbal cooperation .. 4 material conflict) and penta class (0 .. 4).
 */
public record EventType(
    String cameoCode,
    String name,
    Optional<String> ploverType,
    Optional<String> ploverMode,
    double goldstein,
    int quadClass,
    int pentaClass) {
  public EventType {
    Objects.requireNonNull(cameoCode, "cameoCode");
    if (!cameoCode.matches("[0-9]{2}[0-9A-Z]{0,2}")) {
      // Two digits, then up to two digits or capitals: test dictionaries (PETRARCH's validation
      // suite) use codes such as 174K beyond the CAMEO codebook.
      throw new IllegalArgumentException(
          "CAMEO code must be 2 digits then up to 2 digits or capitals: '" + cameoCode + "'");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
  }

  /**
   * A code the CAMEO codebook does not have, as a dictionary gave it: no name, PLOVER type,
   * Goldstein score or classes (0).
   */
  public static EventType uncatalogued(String code) {
    return new EventType(
        code, "(not in the CAMEO codebook)", Optional.empty(), Optional.empty(), 0, 0, 0);
  }

  public String root() {
    return cameoCode.substring(0, 2);
  }
}
