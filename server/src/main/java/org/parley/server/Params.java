package org.parley.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked against its endpoint: an unknown name, a value given
 * twice, a malformed value or one out of range is an {@link IllegalArgumentException} whose message
 * names the parameter and says what is accepted (the server answers it with a 400).
 */
final class Params {
  static final int MAX_LIMIT = 500;
  static final long MAX_OFFSET = 10_000_000L;
  static final int MAX_VALUES = 100;
  static final int MAX_LENGTH = 200;

  static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  static final Pattern ROOT = Pattern.compile("\\d{2}");
  static final Pattern CODE = Pattern.compile("\\d{2,4}");
  static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,60}");
  static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_]{1,39}");
  static final Pattern QUAD = Pattern.compile("[1-4]");

  private final Map<String, List<String>> values;

  Params(Map<String, List<String>> query, ApiSpec.Endpoint endpoint) {
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (!endpoint.names().contains(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown parameter '" + shorten(e.getKey()) + "'; accepted: " + endpoint.accepted());
      }
      if (e.getValue().size() > 1) {
        throw new IllegalArgumentException(
            "parameter '"
                + e.getKey()
                + "' is given "
                + e.getValue().size()
                + " times; give it once (lists are comma-separated)");
      }
    }
    this.values = query;
  }

  /** The raw value, if given and not blank. */
  Optional<String> raw(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get(0).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw bad(name, "contains a control character");
    }
    if (v.get(0).isBlank()) {
      return Optional.empty();
    }
    String s = v.get(0).trim();
    if (s.length() > MAX_LENGTH * 10) {
      throw bad(name, "is " + s.length() + " characters long; at most " + MAX_LENGTH * 10);
    }
    return Optional.of(s);
  }

  /** A free-text value of at most {@link #MAX_LENGTH} characters. */
  Optional<String> text(String name) {
    Optional<String> s = raw(name);
    if (s.isPresent() && s.get().length() > MAX_LENGTH) {
      throw bad(name, "is " + s.get().length() + " characters long; at most " + MAX_LENGTH);
    }
    return s;
  }

  /** A comma-separated list of free-text values (ids, outlets), trimmed, without repeats. */
  List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    for (String v : split(name)) {
      if (v.length() > MAX_LENGTH) {
        throw bad(name, "has a value " + v.length() + " characters long; at most " + MAX_LENGTH);
      }
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * A comma-separated list of codes matching {@code pattern} after upper-casing; {@code expected}
   * says what is accepted.
   */
  List<String> codes(String name, Pattern pattern, String expected) {
    List<String> out = new ArrayList<>();
    for (String v : split(name)) {
      String u = v.toUpperCase(Locale.ROOT);
      if (!pattern.matcher(u).matches()) {
        throw bad(name, "has a bad value '" + shorten(v) + "'; expected " + expected);
      }
      if (!out.contains(u)) {
        out.add(u);
      }
    }
    return out;
  }

  /** One of {@code choices} (lower-cased), else {@code otherwise}. */
  String choice(String name, List<String> choices, String otherwise) {
    Optional<String> v = raw(name);
    if (v.isEmpty()) {
      return otherwise;
    }
    String l = v.get().toLowerCase(Locale.ROOT);
    if (!choices.contains(l)) {
      throw bad(name, "has a bad value '" + shorten(v.get()) + "'; expected one of " + choices);
    }
    return l;
  }

  /** A comma-separated list of {@code choices} (lower-cased). */
  List<String> choices(String name, List<String> choices) {
    List<String> out = new ArrayList<>();
    for (String v : split(name)) {
      String l = v.toLowerCase(Locale.ROOT);
      if (!choices.contains(l)) {
        throw bad(name, "has a bad value '" + shorten(v) + "'; expected one of " + choices);
      }
      if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  Optional<LocalDate> date(String name) {
    Optional<String> v = raw(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (!v.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not YYYY-MM-DD", v.get(), 0);
      }
      return Optional.of(LocalDate.parse(v.get()));
    } catch (DateTimeParseException e) {
      throw bad(name, "is not a date: '" + shorten(v.get()) + "'; expected YYYY-MM-DD");
    }
  }

  /** {@code since} and {@code until}, checked to make a non-empty range. */
  Optional<LocalDate>[] range() {
    Optional<LocalDate> since = date("since");
    Optional<LocalDate> until = date("until");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "parameters 'since' and 'until' make an empty range: "
              + since.get()
              + " is after "
              + until.get());
    }
    @SuppressWarnings("unchecked")
    Optional<LocalDate>[] out = new Optional[] {since, until};
    return out;
  }

  long integer(String name, long otherwise, long min, long max) {
    Optional<String> v = raw(name);
    if (v.isEmpty()) {
      return otherwise;
    }
    long n;
    try {
      n = Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      throw bad(
          name, "is not a whole number: '" + shorten(v.get()) + "'; expected " + min + ".." + max);
    }
    if (n < min || n > max) {
      throw bad(name, "is " + n + "; expected " + min + ".." + max);
    }
    return n;
  }

  int limit() {
    return (int) integer("limit", 50, 1, MAX_LIMIT);
  }

  long offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  boolean bool(String name, boolean otherwise) {
    return switch (choice(name, List.of("true", "false"), otherwise ? "true" : "false")) {
      case "true" -> true;
      default -> false;
    };
  }

  private List<String> split(String name) {
    Optional<String> v = raw(name);
    if (v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : v.get().split(",", -1)) {
      String t = part.trim();
      if (t.isEmpty()) {
        throw bad(name, "has an empty value in its comma-separated list");
      }
      out.add(t);
    }
    if (out.size() > MAX_VALUES) {
      throw bad(name, "has " + out.size() + " values; at most " + MAX_VALUES);
    }
    return out;
  }

  static IllegalArgumentException bad(String name, String what) {
    return new IllegalArgumentException("parameter '" + name + "' " + what);
  }

  /** A value as quoted back in a message: at most 40 characters. */
  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
