package org.parley.model;

/** How much of a date the text supports. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
