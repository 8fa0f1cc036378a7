package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened, as the text names it. Country, coordinates and gazetteer id are filled
 * in where a gazetteer resolved the name; {@code reason} says how.
 */
public record Place(
    String name,
    CharSpan span,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lon,
    String reason) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    reason = reason == null ? "" : reason;
  }

  public static Place named(String name, CharSpan span, String reason) {
    return new Place(name, span, Optional.empty(), Optional.empty(), Optional.empty(), reason);
  }
}
