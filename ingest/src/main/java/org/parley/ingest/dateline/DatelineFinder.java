package org.parley.ingest.dateline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DateValue;

/**
 * Finds the publication dateline near the top of an article. Three shapes are read, each only at
 * the start of one of the first lines, since a date further down is a date of the story, not of the
 * page:
 *
 * <ul>
 *   <li>a short line holding a numeric date, possibly glued to a section word or a label: {@code
 *       News2020-02-13}, {@code Posted : 2019-04-25 17:04}, {@code 2019.04.25};
 *   <li>a short line holding a month-name date: {@code February 13, 2020}, {@code Thursday, 13 Feb
 *       2020};
 *   <li>a wire-service dateline opening a paragraph: {@code SEOUL, Feb. 13 (Yonhap) --}, which
 *       often has no year.
 * </ul>
 *
 * A dateline with a year wins over an earlier one without.
 */
public final class DatelineFinder {
  /** How many non-blank lines from the top are searched. */
  public static final int LINES_SEARCHED = 12;

  private static final int SHORT_LINE = 64;
  private static final String WEEKDAY =
      "(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?";

  private static final Pattern NUMERIC =
      Pattern.compile(
          "^(?:\\p{L}[\\p{L} ]{0,30}?\\s*:?\\s*)?(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "^" + WEEKDAY + PublishedDates.MONTH_NAME + "\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "^"
              + WEEKDAY
              + "(\\d{1,2})\\s+"
              + PublishedDates.MONTH_NAME
              + "\\.?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern WIRE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L} .'’-]{1,40}),\\s+"
              + PublishedDates.MONTH_NAME
              + "\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([^()]{1,40}\\))?\\s*(?:--|—|–|-)");

  private DatelineFinder() {}

  /** The dateline of the text, if one of its first lines carries one. */
  public static Optional<Dateline> find(String text) {
    Optional<Dateline> yearless = Optional.empty();
    int lineStart = 0;
    int seen = 0;
    while (lineStart < text.length() && seen < LINES_SEARCHED) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String raw = text.substring(lineStart, lineEnd);
      String line = raw.strip();
      if (!line.isEmpty()) {
        seen++;
        int offset = lineStart + raw.indexOf(line.charAt(0));
        Optional<Dateline> found = match(line, offset);
        if (found.isPresent()) {
          if (found.get().date().isPresent()) {
            return found;
          }
          if (yearless.isEmpty()) {
            yearless = found;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return yearless;
  }

  /** Whether the line is a dateline (the whole line or its start), as {@link #find} reads one. */
  public static boolean isDateline(String line) {
    String s = line.strip();
    return !s.isEmpty() && match(s, 0).isPresent();
  }

  private static Optional<Dateline> match(String line, int offset) {
    if (line.length() <= SHORT_LINE) {
      Matcher m = NUMERIC.matcher(line);
      if (m.find()) {
        Optional<DateValue> d =
            PublishedDates.day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (d.isPresent()) {
          return Optional.of(new Dateline(m.group(), offset, d));
        }
      }
      m = MONTH_DAY_YEAR.matcher(line);
      if (m.find()) {
        Optional<DateValue> d =
            PublishedDates.day(m.group(3), PublishedDates.month(m.group(1)), m.group(2));
        if (d.isPresent()) {
          return Optional.of(new Dateline(m.group(), offset, d));
        }
      }
      m = DAY_MONTH_YEAR.matcher(line);
      if (m.find()) {
        Optional<DateValue> d =
            PublishedDates.day(m.group(3), PublishedDates.month(m.group(2)), m.group(1));
        if (d.isPresent()) {
          return Optional.of(new Dateline(m.group(), offset, d));
        }
      }
    }
    Matcher m = WIRE.matcher(line);
    if (m.find()) {
      int month = PublishedDates.month(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month == 0 || day < 1 || day > 31) {
        return Optional.empty();
      }
      if (m.group(4) != null) {
        return Optional.of(
            new Dateline(
                line.substring(0, m.end(4)),
                offset,
                PublishedDates.day(m.group(4), month, m.group(3))));
      }
      return Optional.of(new Dateline(line.substring(0, m.end(3)), offset, Optional.empty()));
    }
    return Optional.empty();
  }
}
