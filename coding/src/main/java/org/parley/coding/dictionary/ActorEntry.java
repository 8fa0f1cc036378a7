package org.parley.coding.dictionary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.DictionaryEntry;

/**
 * One actor phrase (a root or a {@code +} synonym) with the codes of its dictionary entry.
 *
 * @param words the phrase normalised by {@link PhraseWords}: {@code MOON_JAE_IN_} is [MOON, JAE,
 *     IN]
 * @param codes the codes in the order written; empty for an entry coded only with PETRARCH's null
 *     code {@code [---]}, which is kept so that the phrase still wins over a shorter one
 *     (INDIAN_OCEAN over INDIAN)
 * @param provenance the file, line and phrase as written ({@code +PUTIN_} for a synonym)
 */
public record ActorEntry(List<String> words, List<DatedCode> codes, DictionaryEntry provenance) {
  public ActorEntry {
    words = List.copyOf(words);
    codes = List.copyOf(codes);
    Objects.requireNonNull(provenance, "provenance");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words must not be empty");
    }
  }

  /**
   * The code that holds on {@code date}.
   *
   * <p>With a date: the date-restricted code covering it (the narrowest restriction when several
   * do, the first written when they are equally narrow); else the first unrestricted code; else
   * nothing. So MOON_JAE_IN_, written only as {@code [KORGOV 070501-080731]}, is KORGOV on
   * 2008-01-01 and has <em>no</em> code on 2019-04-25: the dictionary (vintage 2014) does not say
   * what he is then, and guessing from an expired role would code a former official as the
   * government. A caller that wants at least the country can ask {@link #lastCodeBefore}.
   *
   * <p>Without a date: the first unrestricted code; else the most recent restricted one (the latest
   * end, an open end being latest).
   */
  public Optional<DatedCode> codeOn(Optional<LocalDate> date) {
    Objects.requireNonNull(date, "date");
    if (date.isPresent()) {
      LocalDate d = date.get();
      Optional<DatedCode> restricted =
          codes.stream()
              .filter(c -> c.restricted() && c.covers(d))
              .min(Comparator.comparingLong(DatedCode::spanDays));
      if (restricted.isPresent()) {
        return restricted;
      }
      return unrestricted();
    }
    Optional<DatedCode> always = unrestricted();
    if (always.isPresent()) {
      return always;
    }
    return codes.stream()
        .max(
            Comparator.comparing((DatedCode c) -> c.to().orElse(LocalDate.MAX))
                .thenComparing(c -> c.from().orElse(LocalDate.MIN)));
  }

  /** The restricted code that ended most recently before {@code date}, if any (a former role). */
  public Optional<DatedCode> lastCodeBefore(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return codes.stream()
        .filter(c -> c.to().isPresent() && c.to().get().isBefore(date))
        .max(Comparator.comparing((DatedCode c) -> c.to().get()));
  }

  private Optional<DatedCode> unrestricted() {
    return codes.stream().filter(c -> !c.restricted()).findFirst();
  }
}
