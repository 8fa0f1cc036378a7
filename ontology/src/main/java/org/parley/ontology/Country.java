package org.parley.ontology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A country or territory as CAMEO codes it, with its ISO 3166-1 alpha-3 and Correlates of War
 * codes.
 *
 * @param cameoCode three letters, or six for a dependency coded under its sovereign (USAGUM, Guam)
 * @param iso3 the ISO 3166-1 alpha-3 code, when it has one
 * @param cowCode the Correlates of War state number, for COW system members
 * @param name the first name the country list gives
 * @param names every known name, {@code name} first; later ones include PETRARCH's synonyms in its
 *     upper-case form with spaces ("DOWLAT E ESLAMI YE AFGHANESTAN")
 */
public record Country(
    String cameoCode, Optional<String> iso3, OptionalInt cowCode, String name, List<String> names) {
  public Country {
    Objects.requireNonNull(cameoCode, "cameoCode");
    if (!cameoCode.matches("[A-Z]{3}([A-Z]{3})?")) {
      throw new IllegalArgumentException(
          "cameoCode must be 3 or 6 upper-case letters: '" + cameoCode + "'");
    }
    Objects.requireNonNull(iso3, "iso3");
    if (iso3.isPresent() && !iso3.get().matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("iso3 must be 3 upper-case letters: '" + iso3.get() + "'");
    }
    Objects.requireNonNull(cowCode, "cowCode");
    if (cowCode.isPresent() && cowCode.getAsInt() <= 0) {
      throw new IllegalArgumentException("cowCode must be positive: " + cowCode.getAsInt());
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: blank");
    }
    names = List.copyOf(names);
    if (names.isEmpty() || !names.get(0).equals(name)) {
      throw new IllegalArgumentException("names must start with name '" + name + "': " + names);
    }
  }
}
