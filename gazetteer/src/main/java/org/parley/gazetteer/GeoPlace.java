package org.parley.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * One candidate for a place name.
 *
 * @param geonameId the GeoNames id of a {@link Kind#CITY}; for a {@link Kind#SEAT}, that of its
 *     city; 0 for {@link Kind#ADMIN1} and {@link Kind#COUNTRY}, which have none in the data
 * @param featureCode the GeoNames feature code (PPL, PPLA, PPLC, ...), ADM1 for a region, PCLI for
 *     a country, SEAT for a seat of government
 * @param admin1 the name of the first-level region the place is in, where the data has it
 * @param lat latitude; for a region, that of its most populous city, for a country its centroid
 * @param population 0 where unknown (regions, countries, seats)
 * @param seatCity for a seat of government, the name of its city
 */
public record GeoPlace(
    long geonameId,
    String name,
    String featureCode,
    String countryIso3,
    Optional<String> admin1,
    double lat,
    double lon,
    long population,
    Kind kind,
    Optional<String> seatCity) {

  /** What a place is. */
  public enum Kind {
    CITY,
    ADMIN1,
    COUNTRY,
    SEAT
  }

  public GeoPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(countryIso3, "countryIso3");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(seatCity, "seatCity");
    if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException("population < 0: " + population);
    }
  }
}
