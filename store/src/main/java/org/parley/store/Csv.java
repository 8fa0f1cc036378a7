package org.parley.store;

/**
 * RFC 4180 fields, the one quoting rule of every CSV Parley writes (exports, aggregates, query
 * results): a field holding a comma, a double quote, a carriage return or a line feed is quoted,
 * with its quotes doubled; others are written as they are.
 */
public final class Csv {
  private Csv() {}

  /** {@code value} as one CSV field. */
  public static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return quoted(value);
  }

  /** {@code value} quoted whatever it holds (an empty text that must read back as "", not null). */
  public static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
