package org.parley.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DatePrecision;
import org.parley.model.DateValue;

/**
 * Converts TIMEX3 values as SUTime writes them into {@link DateValue}s. A value becomes the finest
 * of day/month/year that covers the whole period it names: "2020-02-12T14:00" is the day
 * 2020-02-12, "2019-Q3" is the year 2019, the week "2020-W07" (10-16 February) is the month
 * 2020-02. Values that do not name a calendar period ("PRESENT_REF", "XXXX-WXX-3", "P3D", "T14:00",
 * "201X") give nothing, and so does winter ("2019-WI"), which straddles two years.
 */
public final class TimexDates {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA)");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d|WE))?(?:T.*)?");

  private TimexDates() {}

  /** The calendar date a TIMEX value names, if it names one; never throws on odd values. */
  public static Optional<DateValue> findDate(String timexValue) {
    if (timexValue == null) {
      return Optional.empty();
    }
    String v = timexValue.trim();
    Matcher m = DAY.matcher(v);
    if (m.matches()) {
      return DateValue.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    if (MONTH.matcher(v).matches() || YEAR.matcher(v).matches()) {
      return DateValue.parse(v);
    }
    m = PART_OF_YEAR.matcher(v);
    if (m.matches()) {
      return DateValue.parse(m.group(1));
    }
    m = WEEK.matcher(v);
    if (m.matches()) {
      return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  private static Optional<DateValue> week(int year, int week, String day) {
    LocalDate monday;
    try {
      LocalDate anchor = LocalDate.of(year, 6, 1);
      if (week < 1 || week > anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return Optional.empty();
      }
      monday =
          anchor
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (day == null) {
      return covering(monday, monday.plusDays(6));
    }
    if (day.equals("WE")) {
      return covering(monday.plusDays(5), monday.plusDays(6));
    }
    int d = Integer.parseInt(day);
    return d >= 1 && d <= 7 ? Optional.of(DateValue.of(monday.plusDays(d - 1L))) : Optional.empty();
  }

  /** The finest day/month/year value containing every day of [first, last]. */
  static Optional<DateValue> covering(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return Optional.of(DateValue.of(first));
    }
    if (first.getYear() != last.getYear()) {
      return Optional.empty();
    }
    if (first.getMonth() == last.getMonth()) {
      return Optional.of(DateValue.ofMonth(first.getYear(), first.getMonthValue()));
    }
    return Optional.of(new DateValue(String.format("%04d", first.getYear()), DatePrecision.YEAR));
  }
}
