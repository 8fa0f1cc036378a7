package org.parley.store.cluster;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.store.cluster.ClusterEvent.PlaceKey;

/**
 * When two events report the same occurrence. All of these must hold:
 *
 * <ul>
 *   <li><b>Dyad</b>: the same source and the same target, compared by country (or by actor code for
 *       an actor without a country, such as an international organisation); no target matches only
 *       no target. Sectors must be compatible on each side: the same set, or one side has none
 *       ({@code USA} ~ {@code USAGOV}, but {@code USAGOV} is not {@code USAMIL}).
 *   <li><b>Code</b>: the same CAMEO root, and one code equal to or a descendant of the other by
 *       prefix: {@code 04} ~ {@code 042} ~ {@code 0421}, but {@code 042} is not {@code 043}, and
 *       {@code 04x} never matches {@code 03x}.
 *   <li><b>Date</b>: both day-precision dates at most one day apart; otherwise the days the dates
 *       cover must overlap (a month date matches the days of that month and the same month, a year
 *       date anything in that year). An event without a date uses its article's publication date;
 *       without either it is never clustered ({@link Clusterer}).
 *   <li><b>Place</b>: unknown on either side, or the same GeoNames id, or the same country and name
 *       (ignoring case).
 * </ul>
 *
 * <p>Only asserted events are clustered: negated, hypothetical, intended and reported events do not
 * say that anything happened, so they cannot show that an occurrence was reported twice. Members of
 * one cluster are pairwise compatible (complete linkage), so a general {@code 04} cannot pull
 * {@code 042} and {@code 043} into one cluster and dates cannot drift day by day.
 */
public final class ClusterRules {
  private ClusterRules() {}

  /**
   * Whether {@code a} and {@code b} may report the same occurrence.
   *
   * @param ok whether they may
   * @param reason why, or the first reason why not
   */
  public record Match(boolean ok, String reason) {}

  /** Compares two events by every rule above; the reason names each rule's evidence. */
  public static Match compare(ClusterEvent a, ClusterEvent b) {
    if (!a.sourceKey().equals(b.sourceKey()) || !a.targetKey().equals(b.targetKey())) {
      return new Match(false, "dyad " + a.dyad() + " is not " + b.dyad());
    }
    if (!sectorsCompatible(a.sourceSectors(), b.sourceSectors())) {
      return new Match(
          false,
          "source sectors "
              + a.sourceKey()
              + ClusterEvent.sectors(a.sourceSectors())
              + " and "
              + b.sourceKey()
              + ClusterEvent.sectors(b.sourceSectors())
              + " differ");
    }
    if (!sectorsCompatible(a.targetSectors(), b.targetSectors())) {
      return new Match(
          false,
          "target sectors "
              + a.targetKey()
              + ClusterEvent.sectors(a.targetSectors())
              + " and "
              + b.targetKey()
              + ClusterEvent.sectors(b.targetSectors())
              + " differ");
    }
    if (!codesCompatible(a.code(), b.code())) {
      return new Match(false, "code " + a.code() + " is not " + b.code() + " or a descendant");
    }
    long days = a.date().distance(b.date());
    boolean bothDays = a.dayPrecision() && b.dayPrecision();
    if (bothDays ? days > 1 : days > 0) {
      return new Match(
          false,
          "dates "
              + a.dateLabel()
              + "/"
              + b.dateLabel()
              + (bothDays ? " more than 1 day apart" : " do not overlap"));
    }
    Optional<String> place = placeReason(a.place(), b.place());
    if (place.isEmpty()) {
      return new Match(
          false,
          "place "
              + a.place().map(PlaceKey::name).orElse("?")
              + " is not "
              + b.place().map(PlaceKey::name).orElse("?"));
    }
    String dyad =
        a.sourceKey()
            + ClusterEvent.sectors(a.sourceSectors())
            + "-"
            + a.targetKey()
            + ClusterEvent.sectors(a.targetSectors());
    String dyadB =
        b.sourceKey()
            + ClusterEvent.sectors(b.sourceSectors())
            + "-"
            + b.targetKey()
            + ClusterEvent.sectors(b.targetSectors());
    return new Match(
        true,
        "same dyad "
            + (dyad.equals(dyadB) ? dyad : dyad + " ~ " + dyadB)
            + ", code "
            + b.code()
            + (a.code().equals(b.code()) ? " = " : " ~ ")
            + a.code()
            + ", dates "
            + a.dateLabel()
            + "/"
            + b.dateLabel()
            + (bothDays ? (days == 0 ? " same day" : " within 1 day") : " overlap")
            + ", "
            + place.get());
  }

  /** Sectors match when equal or when one side has none. */
  public static boolean sectorsCompatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** Same root and one code a prefix of the other ({@code 04} ~ {@code 042} ~ {@code 0421}). */
  public static boolean codesCompatible(String a, String b) {
    if (a.length() < 2 || b.length() < 2 || !a.regionMatches(0, b, 0, 2)) {
      return false;
    }
    return a.startsWith(b) || b.startsWith(a);
  }

  /** The place part of a reason when the places are compatible, else empty. */
  static Optional<String> placeReason(Optional<PlaceKey> a, Optional<PlaceKey> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return Optional.of("places unknown");
    }
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.of(
          "place "
              + a.map(PlaceKey::name).orElse("unknown")
              + " ~ "
              + b.map(PlaceKey::name).orElse("unknown"));
    }
    PlaceKey p = a.get();
    PlaceKey q = b.get();
    if (p.geonamesId().isPresent() && p.geonamesId().equals(q.geonamesId())) {
      return Optional.of(
          "place " + p.name() + " = " + q.name() + " (GeoNames " + p.geonamesId().get() + ")");
    }
    if (p.country().isPresent()
        && p.country().equals(q.country())
        && p.name().toLowerCase(Locale.ROOT).equals(q.name().toLowerCase(Locale.ROOT))) {
      return Optional.of("place " + p.name() + " = " + q.name() + " (" + p.country().get() + ")");
    }
    return Optional.empty();
  }
}
