package org.parley.ingest.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DateValue;

/**
 * Parses the publication dates that metadata gives. Feeds and scrapers write them as ISO dates, ISO
 * timestamps ({@code 2020-02-13T09:30:00+09:00}, of which the date as written is kept: it is the
 * date of the outlet's own calendar) or English month-name dates.
 */
public final class PublishedDates {
  static final String MONTH_NAME =
      "(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH_NAME + "\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+" + MONTH_NAME + "\\.?,?\\s+(\\d{4})");

  private PublishedDates() {}

  /** The date the value gives, at its precision; empty when it is not a date this reads. */
  public static Optional<DateValue> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    Optional<DateValue> iso = DateValue.parse(v);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher m = ISO_TIMESTAMP.matcher(v);
    if (m.matches()) {
      return DateValue.parse(m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(v);
    if (m.matches()) {
      return day(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    if (m.matches()) {
      return day(m.group(3), month(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  /** Month number of an English month name or its abbreviation; 0 when it is none. */
  static int month(String name) {
    if (name.length() < 3) {
      return 0;
    }
    return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
  }

  static Optional<DateValue> day(String year, int month, String day) {
    try {
      return Optional.of(
          DateValue.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
