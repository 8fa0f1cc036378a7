package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision the text supports: {@code 2020-02-12} (day), {@code 2020-02}
 * (month) or {@code 2019} (year). The ISO text form is the value itself, so it sorts and prefixes
 * correctly.
 */
public record DateValue(String value, DatePrecision precision) {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public DateValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Pattern p =
        switch (precision) {
          case DAY -> DAY;
          case MONTH -> MONTH;
          case YEAR -> YEAR;
        };
    if (!p.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "value '" + value + "' does not have precision " + precision.label());
    }
    if (precision == DatePrecision.DAY) {
      LocalDate.parse(value);
    }
  }

  public static DateValue of(LocalDate day) {
    return new DateValue(day.toString(), DatePrecision.DAY);
  }

  public static DateValue ofMonth(int year, int month) {
    return new DateValue(String.format("%04d-%02d", year, month), DatePrecision.MONTH);
  }

  public static DateValue ofYear(int year) {
    return new DateValue(String.format("%04d", year), DatePrecision.YEAR);
  }

  /** Parses an ISO date of any of the three precisions; empty when the text is not one. */
  public static Optional<DateValue> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      if (DAY.matcher(t).matches()) {
        return Optional.of(of(LocalDate.parse(t)));
      }
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
    if (MONTH.matcher(t).matches()) {
      int m = Integer.parseInt(t.substring(5));
      return m >= 1 && m <= 12
          ? Optional.of(new DateValue(t, DatePrecision.MONTH))
          : Optional.empty();
    }
    if (YEAR.matcher(t).matches()) {
      return Optional.of(new DateValue(t, DatePrecision.YEAR));
    }
    return Optional.empty();
  }

  public int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** The first day the value covers, e.g. 2019-02-01 for 2019-02. */
  public LocalDate firstDay() {
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case MONTH -> LocalDate.parse(value + "-01");
      case YEAR -> LocalDate.parse(value + "-01-01");
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
