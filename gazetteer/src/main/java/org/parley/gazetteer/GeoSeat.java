package org.parley.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A seat of government or institution as {@code gazetteer/npm/seats.tsv} lists it: the names news
 * uses for it and the actor it stands for ("the Kremlin said": RUSGOV).
 *
 * @param name the seat's name ("Cheong Wa Dae")
 * @param altNames its other names ("Blue House", "Cheongwadae")
 * @param countryIso3 the country it is in
 * @param actorCode the CAMEO actor code it stands for (KORGOV, USAMIL); empty for a place that
 *     stands for no actor (Panmunjom) or whose names are too ambiguous to code
 * @param note what it is, with the dates it held that role
 * @param sourceLine the line of {@code seats.tsv} it was written on
 */
public record GeoSeat(
    String name,
    List<String> altNames,
    String countryIso3,
    Optional<String> actorCode,
    String note,
    int sourceLine) {
  public GeoSeat {
    Objects.requireNonNull(name, "name");
    altNames = List.copyOf(altNames);
    Objects.requireNonNull(countryIso3, "countryIso3");
    Objects.requireNonNull(actorCode, "actorCode");
    Objects.requireNonNull(note, "note");
  }

  /** The name first, then the alternate names. */
  public List<String> names() {
    List<String> all = new ArrayList<>(altNames.size() + 1);
    all.add(name);
    all.addAll(altNames);
    return List.copyOf(all);
  }
}
