package org.parley.coding.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.ActorCode;
import org.parley.model.Diagnostic;

/**
 * Parses the bracketed code groups of an actor line: {@code [KORGOV]}, {@code [KORGOV
 * 070501-080731]}, {@code [RUSGOV >080508]}, {@code [USR <911226]}, {@code [HOBGOV 19950601 -
 * 19990815]}, and PETRARCH's null code {@code [---]} ("this phrase is not an actor").
 *
 * <p>Dates are YYMMDD (years 00-30 are 20YY, others 19YY, as in PETRARCH's {@code dstr_to_ordate})
 * or YYYYMMDD. A bare date with neither {@code >} nor {@code <} (the Phoenix file has a few) is
 * read as a start date, with a warning. Anything else that does not parse is an error for that code
 * only; the entry keeps its other codes.
 */
final class ActorCodes {
  /** The codes found on one line, and whether a null code {@code [---]} was among them. */
  record Parsed(List<DatedCode> codes, boolean nullCode, int groups) {}

  private ActorCodes() {}

  /** Parses every {@code [...]} group in {@code text}, which starts at {@code from}. */
  static Parsed parse(String text, int from, String file, int line, List<Diagnostic> diagnostics) {
    List<DatedCode> codes = new ArrayList<>();
    boolean nullCode = false;
    int groups = 0;
    int i = from;
    while (true) {
      int open = text.indexOf('[', i);
      if (open < 0) {
        String rest = text.substring(i).strip();
        if (!rest.isEmpty()) {
          diagnostics.add(
              Diagnostic.warning(
                  file, String.valueOf(line), "text '" + rest + "' after the codes was ignored"));
        }
        break;
      }
      String between = text.substring(i, open).strip();
      if (!between.isEmpty() && groups > 0) {
        diagnostics.add(
            Diagnostic.warning(
                file, String.valueOf(line), "text '" + between + "' between codes was ignored"));
      }
      groups++;
      int close = text.indexOf(']', open);
      if (close < 0) {
        diagnostics.add(
            Diagnostic.error(
                file,
                String.valueOf(line),
                "code '" + text.substring(open).strip() + "' has no closing ']'"));
        break;
      }
      String inside = text.substring(open + 1, close).strip();
      if (isNullCode(inside)) {
        if (inside.length() > 3) {
          diagnostics.add(
              Diagnostic.warning(
                  file,
                  String.valueOf(line),
                  "null code with a date restriction '["
                      + inside
                      + "]' is not supported; dropped"));
        } else {
          nullCode = true;
        }
      } else {
        one(inside, file, line, diagnostics).ifPresent(codes::add);
      }
      i = close + 1;
    }
    return new Parsed(codes, nullCode, groups);
  }

  private static boolean isNullCode(String inside) {
    return inside.equals("---") || inside.startsWith("--- ") || inside.startsWith("---\t");
  }

  private static Optional<DatedCode> one(
      String inside, String file, int line, List<Diagnostic> diagnostics) {
    String where = String.valueOf(line);
    if (inside.isEmpty()) {
      diagnostics.add(Diagnostic.error(file, where, "empty code '[]'"));
      return Optional.empty();
    }
    int space = 0;
    while (space < inside.length() && !Character.isWhitespace(inside.charAt(space))) {
      space++;
    }
    String codeText = inside.substring(0, space);
    String dates = inside.substring(space).replaceAll("\\s+", "");
    String upper = codeText.toUpperCase(Locale.ROOT);
    if (!upper.equals(codeText)) {
      diagnostics.add(
          Diagnostic.warning(
              file, where, "code '" + codeText + "' is not upper case; read as " + upper));
    }
    ActorCode code;
    try {
      code = new ActorCode(upper);
    } catch (IllegalArgumentException e) {
      diagnostics.add(
          Diagnostic.error(
              file,
              where,
              "invalid actor code '"
                  + codeText
                  + "': letters or digits in groups of three expected"));
      return Optional.empty();
    }
    if (dates.isEmpty()) {
      return Optional.of(DatedCode.always(code));
    }
    try {
      if (dates.startsWith(">")) {
        return Optional.of(
            new DatedCode(code, Optional.of(date(dates.substring(1))), Optional.empty()));
      }
      if (dates.startsWith("<")) {
        return Optional.of(
            new DatedCode(code, Optional.empty(), Optional.of(date(dates.substring(1)))));
      }
      int dash = dates.indexOf('-');
      if (dash < 0) {
        diagnostics.add(
            Diagnostic.warning(
                file, where, "date '" + dates + "' has neither '>' nor '<'; read as a start date"));
        return Optional.of(new DatedCode(code, Optional.of(date(dates)), Optional.empty()));
      }
      LocalDate f = date(dates.substring(0, dash));
      LocalDate t = date(dates.substring(dash + 1));
      if (t.isBefore(f)) {
        diagnostics.add(
            Diagnostic.error(
                file, where, "date range '" + dates + "' of " + upper + " ends before it begins"));
        return Optional.empty();
      }
      return Optional.of(new DatedCode(code, Optional.of(f), Optional.of(t)));
    } catch (IllegalArgumentException e) {
      diagnostics.add(
          Diagnostic.error(
              file,
              where,
              "bad date restriction '" + dates + "' of " + upper + ": " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** A PETRARCH date: YYMMDD (00-30 = 20YY) or YYYYMMDD. */
  static LocalDate date(String text) {
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')
        || (text.length() != 6 && text.length() != 8)) {
      throw new IllegalArgumentException("'" + text + "' is neither YYMMDD nor YYYYMMDD");
    }
    int year;
    int rest;
    if (text.length() == 6) {
      int yy = Integer.parseInt(text.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(text.substring(0, 4));
      rest = 4;
    }
    int month = Integer.parseInt(text.substring(rest, rest + 2));
    int day = Integer.parseInt(text.substring(rest + 2, rest + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a calendar date");
    }
  }
}
