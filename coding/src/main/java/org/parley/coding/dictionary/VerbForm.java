package org.parley.coding.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.DictionaryEntry;

/**
 * One verb line of a block: {@code MEET {MEETS MET MEETING}} or {@code +MEET_WITH {+MET_WITH ...}}
 * with an optional own {@code [code]} (else the block's code applies).
 *
 * <p>{@code words} is the base form, one word for a simple verb, several for a multi-word verb,
 * where {@code verbIndex} points at the word the dictionary marked with {@code +} (the one the
 * parser tags as the verb: {@code +CALL_OFF} has verbIndex 0, {@code WIRE_+TAP} has 1). {@code
 * inflections} are the other forms of that verb word: the {@code {...}} list when given (then
 * complete: PETRARCH generates nothing more, and {@code {}} means no other forms), else the regular
 * {@code -S}, {@code -ED}, {@code -ING} forms (see {@link #regularInflections}).
 */
public record VerbForm(
    List<String> words,
    int verbIndex,
    List<String> inflections,
    Optional<EventCodeSpec> code,
    DictionaryEntry provenance) {
  public VerbForm {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words: empty");
    }
    for (String w : words) {
      requireWord(w, "words");
    }
    if (verbIndex < 0 || verbIndex >= words.size()) {
      throw new IllegalArgumentException("verbIndex: " + verbIndex + " outside " + words);
    }
    inflections = List.copyOf(inflections);
    for (String w : inflections) {
      requireWord(w, "inflections");
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** A one-word verb. */
  public VerbForm(
      List<String> words,
      List<String> inflections,
      Optional<EventCodeSpec> code,
      DictionaryEntry provenance) {
    this(words, 0, inflections, code, provenance);
  }

  private static void requireWord(String w, String argument) {
    Objects.requireNonNull(w, argument);
    if (w.isEmpty()
        || w.chars().anyMatch(Character::isWhitespace)
        || !w.equals(w.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException(argument + ": not an upper-case word: '" + w + "'");
    }
  }

  /** The base form of the verb word ({@code MEET} for {@code +MEET_WITH}). */
  public String lemma() {
    return words.get(verbIndex);
  }

  public boolean isMultiWord() {
    return words.size() > 1;
  }

  /** The lemma and its inflections, without duplicates. */
  public List<String> verbWordForms() {
    Set<String> all = new LinkedHashSet<>();
    all.add(lemma());
    all.addAll(inflections);
    return List.copyOf(all);
  }

  /**
   * Every word sequence this form matches in text: {@code [MEET, WITH]}, {@code [MET, WITH]}, ...
   */
  public List<List<String>> surfaceForms() {
    List<List<String>> out = new ArrayList<>();
    for (String v : verbWordForms()) {
      List<String> seq = new ArrayList<>(words);
      seq.set(verbIndex, v);
      out.add(List.copyOf(seq));
    }
    return List.copyOf(out);
  }

  /**
   * The regular forms PETRARCH2 generates when no {@code {...}} is given: third person {@code -S}
   * ({@code -ES} after S, X, Z), past {@code -D} after E else {@code -ED}, and {@code -ING},
   * dropping a final E after a consonant ({@code MAKE -> MAKING}, {@code AGREE -> AGREEING}).
   * Deviations from PETRARCH2, which writes {@code CARRYED} and {@code PLAIES}: consonant + Y gives
   * {@code -IES}/{@code -IED}, vowel + Y a plain {@code -S}, and CH/SH take {@code -ES}. Consonants
   * are never doubled; verbs that double (STOP) list their forms in braces.
   */
  public static List<String> regularInflections(String verb) {
    Objects.requireNonNull(verb, "verb");
    String v = verb.toUpperCase(Locale.ROOT);
    int n = v.length();
    if (n == 0) {
      throw new IllegalArgumentException("verb: empty");
    }
    char last = v.charAt(n - 1);
    boolean consonantY = last == 'Y' && n > 1 && !isVowel(v.charAt(n - 2));
    String s;
    if (last == 'S' || last == 'X' || last == 'Z' || v.endsWith("CH") || v.endsWith("SH")) {
      s = v + "ES";
    } else if (consonantY) {
      s = v.substring(0, n - 1) + "IES";
    } else {
      s = v + "S";
    }
    String ed;
    if (last == 'E') {
      ed = v + "D";
    } else if (consonantY) {
      ed = v.substring(0, n - 1) + "IED";
    } else {
      ed = v + "ED";
    }
    String ing =
        last == 'E' && n > 2 && !isVowel(v.charAt(n - 2))
            ? v.substring(0, n - 1) + "ING"
            : v + "ING";
    return List.of(s, ed, ing);
  }

  private static boolean isVowel(char c) {
    return "AEIOU".indexOf(c) >= 0;
  }
}
