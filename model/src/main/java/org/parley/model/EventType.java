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
    if (cameoCode.length() < 2
        || cameoCode.length() > 4
        || !cameoCode.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: '" + cameoCode + "'");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(ploverMode, "ploverMode");
  }

  public String root() {
    return cameoCode.substring(0, 2);
  }
}
