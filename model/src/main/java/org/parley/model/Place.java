package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened, as the text names it. Country, coordinates and gazetteer id are filled
 * in where the gazetteer resolved the name.
 *
 * @param reason how the place phrase was found in the sentence
 * @param admin1 the first-level region of a resolved city
 * @param geonamesId the GeoNames id of a resolved city (or of a seat of government's city)
 * @param precision what the coordinates are of: {@code city}, {@code seat}, {@code admin1} or
 *     {@code country} (its centroid); empty when unresolved
 * @param geoReason why the gazetteer entry was chosen over the others, or why none was
 */
public record Place(
    String name,
    CharSpan span,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lon,
    String reason,
    Optional<String> admin1,
    Optional<Long> geonamesId,
    Optional<String> precision,
    String geoReason) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    reason = reason == null ? "" : reason;
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(geonamesId, "geonamesId");
    Objects.requireNonNull(precision, "precision");
    geoReason = geoReason == null ? "" : geoReason;
    if (lat.isPresent() != lon.isPresent()) {
      throw new IllegalArgumentException("lat and lon must be both present or both empty");
    }
  }

  /** A place with what the text says of it and, where known, its country and coordinates. */
  public Place(
      String name,
      CharSpan span,
      Optional<String> country,
      Optional<Double> lat,
      Optional<Double> lon,
      String reason) {
    this(
        name,
        span,
        country,
        lat,
        lon,
        reason,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "");
  }

  /** Whether the gazetteer placed it: it has coordinates. */
  public boolean resolved() {
    return lat.isPresent();
  }

  public static Place named(String name, CharSpan span, String reason) {
    return new Place(name, span, Optional.empty(), Optional.empty(), Optional.empty(), reason);
  }
}
