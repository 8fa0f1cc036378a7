package org.parley.store.cluster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a stored event that clustering compares.
 *
 * @param eventId the event id
 * @param docId its article
 * @param outlet the article's outlet, if known
 * @param published the article's publication date as stored (ISO, any precision), if known
 * @param sentenceIndex the event's sentence in its article
 * @param sentence the sentence text
 * @param sourceKey the source country, else the source actor code
 * @param sourceSectors the source's sector codes (empty when none)
 * @param targetKey the target country, else the target actor code; empty when there is no target
 * @param targetSectors the target's sector codes (empty when none or no target)
 * @param code the CAMEO code (2-4 digits)
 * @param root the CAMEO root (first two digits)
 * @param date the days the event's date covers: its own date, else the article's publication date
 * @param dateLabel that date as written, with its precision, for reasons ("2019-02-27 (day)")
 * @param dayPrecision whether that date is to the day (the only precision with a 1-day tolerance)
 * @param place where it happened, if known
 * @param goldstein the Goldstein score
 * @param quadClass the quad class
 * @param pentaClass the penta class
 * @param confidence the coder's confidence
 */
public record ClusterEvent(
    String eventId,
    String docId,
    Optional<String> outlet,
    Optional<String> published,
    int sentenceIndex,
    String sentence,
    String sourceKey,
    Set<String> sourceSectors,
    String targetKey,
    Set<String> targetSectors,
    String code,
    String root,
    DateRange date,
    String dateLabel,
    boolean dayPrecision,
    Optional<PlaceKey> place,
    double goldstein,
    int quadClass,
    int pentaClass,
    double confidence) {

  /** The deterministic clustering order: by date, article, sentence and event id. */
  public static final Comparator<ClusterEvent> ORDER =
      Comparator.comparing((ClusterEvent e) -> e.date().from())
          .thenComparing(e -> e.date().to())
          .thenComparing(ClusterEvent::docId)
          .thenComparingInt(ClusterEvent::sentenceIndex)
          .thenComparing(ClusterEvent::eventId);

  public ClusterEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(sourceKey, "sourceKey");
    sourceSectors = Set.copyOf(sourceSectors);
    Objects.requireNonNull(targetKey, "targetKey");
    targetSectors = Set.copyOf(targetSectors);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateLabel, "dateLabel");
    Objects.requireNonNull(place, "place");
  }

  /** The dyad as written in reasons and listings: "KOR-USA", or "KOR-" without a target. */
  public String dyad() {
    return sourceKey + "-" + targetKey;
  }

  /** The key clustering indexes by: dyad and CAMEO root. */
  public String bucket() {
    return sourceKey + "\u0000" + targetKey + "\u0000" + root;
  }

  /** Sorted sectors, for reasons. */
  static String sectors(Set<String> sectors) {
    return sectors.isEmpty()
        ? ""
        : "/" + String.join("+", List.copyOf(new java.util.TreeSet<>(sectors)));
  }

  /** The inclusive range of days a date covers. */
  public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date range " + from + " .. " + to + " is reversed");
      }
    }

    /**
     * The days an ISO date of day, month or year precision covers ("2019-02" is February 2019);
     * empty for anything else.
     */
    public static Optional<DateRange> of(String iso) {
      if (iso == null) {
        return Optional.empty();
      }
      try {
        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
          LocalDate d = LocalDate.parse(iso);
          return Optional.of(new DateRange(d, d));
        }
        if (iso.matches("\\d{4}-\\d{2}")) {
          LocalDate d = LocalDate.parse(iso + "-01");
          return Optional.of(new DateRange(d, d.withDayOfMonth(d.lengthOfMonth())));
        }
        if (iso.matches("\\d{4}")) {
          LocalDate d = LocalDate.parse(iso + "-01-01");
          return Optional.of(new DateRange(d, d.withDayOfYear(d.lengthOfYear())));
        }
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
      return Optional.empty();
    }

    /** Days between the two ranges: 0 when they overlap, else the gap plus one (adjacent = 1). */
    public long distance(DateRange other) {
      if (other.from.isAfter(to)) {
        return java.time.temporal.ChronoUnit.DAYS.between(to, other.from);
      }
      if (from.isAfter(other.to)) {
        return java.time.temporal.ChronoUnit.DAYS.between(other.to, from);
      }
      return 0;
    }
  }

  /**
   * A place as clustering compares it.
   *
   * @param name the place name
   * @param country its country code, if known
   * @param geonamesId its GeoNames id, if known
   */
  public record PlaceKey(String name, Optional<String> country, Optional<Long> geonamesId) {
    public PlaceKey {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(geonamesId, "geonamesId");
    }
  }
}
