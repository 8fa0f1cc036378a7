package org.parley.model;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences of a document that need the dependency parse, from what is known before it:
 * each sentence's tokens with their words, lemmas, POS and NER tags. The NLP stage parses only the
 * sentences chosen; a sentence not chosen keeps its tokens, tags and time expressions and has no
 * dependency edges (so what is read off the parse, such as the tense that dates a bare weekday,
 * falls back to what the words alone say).
 *
 * <p>A selector lives here, between the NLP stage and the coder, because what needs a parse is what
 * the coder can use (its dictionaries), while the parser that asks is CoreNLP's.
 */
@FunctionalInterface
public interface ParseSelector {
  /** Parses every sentence (the stage's behaviour without a selector). */
  ParseSelector ALL =
      (sentences, quoted) -> {
        BitSet all = new BitSet(sentences.size());
        all.set(0, sentences.size());
        return all;
      };

  /**
   * The sentences to parse.
   *
   * @param sentences each sentence's tokens, in document order (no dependencies yet)
   * @param quoted the sentences a quotation lies in or whose next sentence may name its speaker:
   *     their parse is read to attribute the quotation
   * @return the indexes of the sentences to parse
   */
  BitSet select(List<List<Token>> sentences, BitSet quoted);

  /** A short name for the run's provenance. */
  default String describe() {
    return this == ALL ? "all" : getClass().getSimpleName();
  }
}
