package org.parley.coding.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One element of a PETRARCH2 verb pattern ({@code - PRE * POST [code]}), as documented in
 * PETRARCH's {@code PETRreader.read_verb_dictionary} and matched by {@code
 * PETRtree.VerbPhrase.match_pattern}.
 *
 * <ul>
 *   <li>{@link Word}: a plain word, the head of a noun phrase at that place ({@code PAYMENT}).
 *   <li>{@link NounPhrase}: {@code {ARMS SHIPMENT}}, a longer noun phrase whose last element is the
 *       head and the others modifiers. Words joined with {@code _} ({@code DEBT_RELIEF}, TABARI's
 *       "consecutive words") are read the same way.
 *   <li>{@link PrepPhrase}: {@code (FOR TALKS)}, a prepositional phrase; the first word is the
 *       preposition and the rest the noun(s) it governs; {@code (TO)} is the bare preposition.
 *   <li>{@link SynonymRef}: {@code &CURRENCY}, any member of that synonym set.
 *   <li>{@link Source} {@code $} and {@link Target} {@code +}: where the source or the target actor
 *       stands, used where syntax alone would confuse them.
 *   <li>{@link Skip} {@code ^}: any one noun phrase is passed over here (PETRARCH2 matches it and
 *       colours it).
 *   <li>{@link Compound} {@code %}: TABARI's compound-actor marker: a conjoined noun phrase stands
 *       here and its members are source and target of each other ("X and Y met"; PETRARCH-1 matches
 *       it as one noun phrase, PETRARCH2 as a plain token that never matches).
 * </ul>
 */
public sealed interface PatternElement {

  /**
   * How many concrete words (words, synonym sets, prepositions) this element requires; markers
   * count 0.
   */
  int specificity();

  /**
   * A plain word, upper case. A trailing {@code _} in the dictionary (TABARI's "whole word, not a
   * stem") is dropped: PETRARCH only ever matches whole words, so the mark carries no meaning there
   * (PETRreader's note 2).
   */
  record Word(String text) implements PatternElement {
    public Word {
      Objects.requireNonNull(text, "text");
      if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("text: one word expected: '" + text + "'");
      }
      if (!text.equals(text.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("text: must be upper case: '" + text + "'");
      }
    }

    @Override
    public int specificity() {
      return 1;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A reference to synonym set {@code &name} (name without {@code &} and without a trailing {@code
   * _}); members are every word sequence the reference matches, including the generated plurals
   * (see {@link SynonymSets}).
   */
  record SynonymRef(String name, List<List<String>> members) implements PatternElement {
    public SynonymRef {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name: blank");
      }
      members = members.stream().map(List::copyOf).toList();
    }

    @Override
    public int specificity() {
      return 1;
    }

    @Override
    public String toString() {
      return "&" + name;
    }
  }

  /** {@code $}: the source actor stands here. */
  record Source() implements PatternElement {
    @Override
    public int specificity() {
      return 0;
    }

    @Override
    public String toString() {
      return "$";
    }
  }

  /** {@code +}: the target actor stands here. */
  record Target() implements PatternElement {
    @Override
    public int specificity() {
      return 0;
    }

    @Override
    public String toString() {
      return "+";
    }
  }

  /** {@code ^}: one noun phrase is skipped here. */
  record Skip() implements PatternElement {
    @Override
    public int specificity() {
      return 0;
    }

    @Override
    public String toString() {
      return "^";
    }
  }

  /**
   * {@code %}: a compound (conjoined) noun phrase stands here, "X and Y"; its members are source
   * and target of each other (TABARI's compound actor).
   */
  record Compound() implements PatternElement {
    @Override
    public int specificity() {
      return 0;
    }

    @Override
    public String toString() {
      return "%";
    }
  }

  /**
   * {@code {MOD ... HEAD}}: a noun phrase; the last element is the head. Words joined with {@code
   * _} ({@code NEW_&TIETYPES_RELATIONS}, {@code MOST_CERTAINLY_&NEGATVAUXVRB_EVER}) are TABARI's
   * and PETRARCH's "consecutive words": {@code consecutive} is then true and the words must stand
   * next to each other in the sentence, with nothing between them ("new economic relations", not
   * "new global economic relations"). A braced phrase allows a word between its modifiers and its
   * head.
   */
  record NounPhrase(List<PatternElement> elements, boolean consecutive) implements PatternElement {
    public NounPhrase {
      elements = List.copyOf(elements);
      if (elements.isEmpty()) {
        throw new IllegalArgumentException("elements: a noun phrase needs at least one element");
      }
    }

    /** A braced phrase {@code {MOD HEAD}}, not required to be consecutive. */
    public NounPhrase(List<PatternElement> elements) {
      this(elements, false);
    }

    /** The last element, the head of the phrase. */
    public PatternElement head() {
      return elements.get(elements.size() - 1);
    }

    @Override
    public int specificity() {
      return elements.stream().mapToInt(PatternElement::specificity).sum();
    }

    @Override
    public String toString() {
      List<String> parts = elements.stream().map(Object::toString).toList();
      return consecutive ? String.join("_", parts) : "{" + String.join(" ", parts) + "}";
    }
  }

  /** {@code (PREP ...)}: a prepositional phrase; elements may be empty ({@code (TO)}). */
  record PrepPhrase(String preposition, List<PatternElement> elements) implements PatternElement {
    public PrepPhrase {
      Objects.requireNonNull(preposition, "preposition");
      if (!new Word(preposition)
          .text()
          .equals(preposition)) { // a preposition obeys the rules of a Word
        throw new IllegalArgumentException("preposition: " + preposition);
      }
      elements = List.copyOf(elements);
    }

    @Override
    public int specificity() {
      return 1 + elements.stream().mapToInt(PatternElement::specificity).sum();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("(").append(preposition);
      for (PatternElement e : elements) {
        sb.append(' ').append(e);
      }
      return sb.append(')').toString();
    }
  }
}
