package org.parley.coding.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Diagnostic;

/**
 * What the actor and agent dictionaries share once read: phrase lookup on token boundaries through
 * a word trie, and the located problems met while reading.
 *
 * @param <E> the entry type
 */
public abstract class PhraseDictionary<E> {
  private final PhraseIndex<E> index;
  private final List<Diagnostic> diagnostics;

  PhraseDictionary(PhraseIndex<E> index, List<Diagnostic> diagnostics) {
    this.index = index;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The longest phrase starting at token {@code start}, matched case-insensitively on the words of
   * {@link PhraseWords}; its range falls on token boundaries.
   *
   * @param tokens a sentence's words as written ("U.S.", "Jae-in", "president")
   * @throws IndexOutOfBoundsException if {@code start} is outside {@code [0, tokens.size()]}
   */
  public Optional<PhraseMatch<E>> longestMatch(List<String> tokens, int start) {
    return index.longestMatch(tokens, start);
  }

  /** Longest matches from left to right, none overlapping. */
  public List<PhraseMatch<E>> findAll(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return index.findAll(tokens);
  }

  /**
   * The entry for exactly this phrase, written either way ({@code VLADIMIR_PUTIN_} or "Vladimir
   * Putin").
   */
  public Optional<E> findPhrase(String phrase) {
    List<String> words = PhraseWords.of(Objects.requireNonNull(phrase, "phrase"));
    return words.isEmpty() ? Optional.empty() : index.get(words);
  }

  /** The number of distinct phrases (for agents, generated plurals and substitutions included). */
  public int size() {
    return index.size();
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
