package org.parley.coding.dictionary;

import java.util.List;
import java.util.Objects;
import org.parley.model.DictionaryEntry;

/**
 * One agent phrase (a role noun such as AMBASSADOR or NATIONAL_SECURITY_ADVISER, or one of its
 * generated forms) with the sector codes it adds to an actor.
 *
 * @param words the phrase normalised by {@link PhraseWords}
 * @param sectors the three-letter codes in order: {@code [~GOVMIL]} gives [GOV, MIL]
 * @param precedesActor true for PETRARCH's {@code [IGO~]} form, whose code goes before the actor's
 *     code (peacekeepers of a country are IGO + country) rather than after it as with {@code
 *     [~GOV]}
 * @param provenance the file, line and phrase as written there
 */
public record AgentEntry(
    List<String> words, List<String> sectors, boolean precedesActor, DictionaryEntry provenance) {
  public AgentEntry {
    words = List.copyOf(words);
    sectors = List.copyOf(sectors);
    Objects.requireNonNull(provenance, "provenance");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words must not be empty");
    }
    if (sectors.isEmpty()) {
      throw new IllegalArgumentException("sectors must not be empty");
    }
    for (String s : sectors) {
      if (s.length() != 3) {
        throw new IllegalArgumentException("sector codes have three letters: '" + s + "'");
      }
    }
  }

  /** An agent whose sectors follow the actor's code, the usual {@code [~GOV]} form. */
  public AgentEntry(List<String> words, List<String> sectors, DictionaryEntry provenance) {
    this(words, sectors, false, provenance);
  }
}
