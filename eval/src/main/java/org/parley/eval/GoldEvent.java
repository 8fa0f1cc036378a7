package org.parley.eval;

import java.util.Objects;

/**
 * One expected or produced event as the gold suites state it: source and target actor codes and the
 * CAMEO code. A missing actor is {@link #NONE} ("---", PETRARCH's mark), an agent with no country
 * is {@code ---GOV}.
 */
public record GoldEvent(String source, String target, String code) {
  public static final String NONE = "---";

  public GoldEvent {
    source = normalise(source);
    target = normalise(target);
    Objects.requireNonNull(code, "code");
  }

  private static String normalise(String actor) {
    return actor == null || actor.isBlank() ? NONE : actor.strip();
  }

  /** The same event at the CAMEO root (two digits). */
  public GoldEvent atRoot() {
    return new GoldEvent(source, target, code.length() > 2 ? code.substring(0, 2) : code);
  }

  @Override
  public String toString() {
    return source + " " + target + " " + code;
  }
}
