package org.parley.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory from world-countries.
 *
 * @param iso3 ISO 3166-1 alpha-3 (Kosovo: XKX)
 * @param name the common English name ("South Korea")
 * @param names the common and official names and Latin-script alternate spellings, common name
 *     first
 * @param demonyms English demonyms, masculine first ("South Korean")
 * @param capitals capital cities, as world-countries names them
 * @param lat latitude of the country's centroid as world-countries gives it
 */
public record GeoCountry(
    String iso3,
    String iso2,
    String name,
    List<String> names,
    List<String> demonyms,
    List<String> capitals,
    double lat,
    double lon) {
  public GeoCountry {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }
}
