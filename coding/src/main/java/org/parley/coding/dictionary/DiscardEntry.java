package org.parley.coding.dictionary;

import java.util.List;
import java.util.Objects;
import org.parley.model.DictionaryEntry;

/**
 * One discard phrase: text that marks a sentence (or, with {@code +}, a whole story) as not about
 * political events, e.g. sports ({@code AFRICAN NATIONS CUP}, {@code +ACADEMY AWARD}).
 *
 * @param words the phrase normalised by {@link PhraseWords}
 * @param scope whether a match discards the sentence or the story
 * @param stem true when the last word is a stem (matches any word it begins: BASEBALL matches
 *     "baseballs"); false when the phrase ended with {@code _}, which requires the whole word
 *     (GROUP A_ does not match "Group Alpha")
 * @param provenance the file, line and phrase as written there
 */
public record DiscardEntry(
    List<String> words, Scope scope, boolean stem, DictionaryEntry provenance) {
  /** What a match discards. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  public DiscardEntry {
    words = List.copyOf(words);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(provenance, "provenance");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words must not be empty");
    }
  }
}
