package org.parley.coding.dictionary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.DictionaryEntry;

/**
 * The synonym sets of a verb dictionary: {@code &NAME} followed by {@code +MEMBER} lines.
 *
 * <p>Reading follows PETRARCH's reader: a member's words may be separated by blanks or {@code _}
 * (both mean consecutive words); a member may name another set ({@code +&TIETYPES}), whose members
 * it stands for. Plurals are generated for one-word members (PETRARCH2's {@code make_plural_noun})
 * except when the member ends with {@code _} or the set's label does ({@code &AUXVERB1_};
 * PETRARCH-1's rule, kept because those sets hold verbs and prepositions). Deviation: plurals
 * follow English spelling ({@code -S}; {@code -ES} after S, X, Z, CH, SH; {@code -IES} after
 * consonant + Y) where PETRARCH2 turns {@code S} into {@code ES} ({@code CROSS -> CROSES}). Names
 * are kept without {@code &} and without the label's trailing {@code _}, so {@code &PREPOSIT1}
 * finds the set defined as {@code &PREPOSIT1_}.
 */
public final class SynonymSets {

  /**
   * One set: its members as written (words upper case, {@code _} split, embedded sets expanded) and
   * the forms a pattern reference matches (members plus generated plurals, no duplicates, in file
   * order).
   */
  public record SynonymSet(
      String name,
      List<List<String>> members,
      List<List<String>> matchForms,
      DictionaryEntry provenance) {
    public SynonymSet {
      Objects.requireNonNull(name, "name");
      members = members.stream().map(List::copyOf).toList();
      matchForms = matchForms.stream().map(List::copyOf).toList();
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  private final Map<String, SynonymSet> sets;

  SynonymSets(Map<String, SynonymSet> sets) {
    this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
  }

  /** {@code CURRENCY}, {@code &CURRENCY} and {@code &currency} name the same set. */
  public Optional<SynonymSet> find(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(sets.get(normalize(name)));
  }

  /**
   * Like {@link #find} but throws {@link NoSuchElementException} naming the set when it is not
   * defined.
   */
  public SynonymSet require(String name) {
    return find(name).orElseThrow(() -> new NoSuchElementException("name: no synonym set " + name));
  }

  public int size() {
    return sets.size();
  }

  /** Every set, in the order the files define them. */
  public List<SynonymSet> all() {
    return List.copyOf(sets.values());
  }

  static String normalize(String name) {
    String n = name.strip();
    if (n.startsWith("&")) {
      n = n.substring(1);
    }
    if (n.endsWith("_")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.toUpperCase(Locale.ROOT);
  }

  /** English plural of one noun, upper case. */
  static String plural(String noun) {
    int n = noun.length();
    char last = noun.charAt(n - 1);
    if (last == 'S' || last == 'X' || last == 'Z' || noun.endsWith("CH") || noun.endsWith("SH")) {
      return noun + "ES";
    }
    if (last == 'Y' && n > 1 && "AEIOU".indexOf(noun.charAt(n - 2)) < 0) {
      return noun.substring(0, n - 1) + "IES";
    }
    return noun + "S";
  }
}
