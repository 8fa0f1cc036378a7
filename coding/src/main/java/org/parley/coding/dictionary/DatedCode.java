package org.parley.coding.dictionary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ActorCode;

/**
 * An actor code with the dates it holds for, both ends inclusive. PETRARCH writes these as {@code
 * [KORGOV]} (always), {@code [KORGOV 070501-080731]} (from, to), {@code [KORGOV >080508]} (from),
 * {@code [KORGOV <911226]} (to). Inclusive ends follow UniversalPETRARCH; where two restrictions
 * both cover a date (PETRARCH's dictionaries often make ranges meet on the same day), {@link
 * ActorEntry#codeOn} prefers the narrower.
 */
public record DatedCode(ActorCode code, Optional<LocalDate> from, Optional<LocalDate> to) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to " + to.get() + " is before from " + from.get());
    }
  }

  /** A code that holds at all dates. */
  public static DatedCode always(ActorCode code) {
    return new DatedCode(code, Optional.empty(), Optional.empty());
  }

  /** True when the code carries a date restriction. */
  public boolean restricted() {
    return from.isPresent() || to.isPresent();
  }

  /** True when {@code date} lies within the restriction (always, for an unrestricted code). */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return from.map(f -> !date.isBefore(f)).orElse(true)
        && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** Days the restriction spans; an open end counts as unbounded. */
  long spanDays() {
    if (from.isEmpty() || to.isEmpty()) {
      return Long.MAX_VALUE;
    }
    return ChronoUnit.DAYS.between(from.get(), to.get());
  }

  /** As PETRARCH writes it, with 8-digit dates: {@code KORGOV 20070501-20080731}. */
  @Override
  public String toString() {
    if (!restricted()) {
      return code.code();
    }
    String f = from.map(d -> d.toString().replace("-", "")).orElse("");
    String t = to.map(d -> d.toString().replace("-", "")).orElse("");
    if (from.isEmpty()) {
      return code + " <" + t;
    }
    if (to.isEmpty()) {
      return code + " >" + f;
    }
    return code + " " + f + "-" + t;
  }
}
