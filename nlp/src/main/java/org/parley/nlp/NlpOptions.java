package org.parley.nlp;

import java.util.Objects;

/**
 * How the CoreNLP pipeline is configured. Tokenizing, sentence splitting, POS, lemmas and coarse
 * NER always run; the rest can be switched off for speed.
 *
 * @param timeExpressions run SUTime inside NER so dates resolve against the publication date (costs
 *     about two thirds of NER time, see STACK.md)
 * @param dependencies run the UD dependency parser
 * @param quotations find quotations ({@link QuoteFinder}); speakers are attributed by the coding
 *     stage
 * @param threads worker threads for {@link CoreNlpParser#parseAll}; {@link CoreNlpParser#parse}
 *     uses the calling thread
 * @param maxSentenceTokens sentences with more tokens than this get no POS/NER/dependency analysis
 *     (their tokens are kept), so a run-on table or list cannot stall or exhaust the parser
 * @param dependencyModel classpath path of the neural dependency parser model
 */
public record NlpOptions(
    boolean timeExpressions,
    boolean dependencies,
    boolean quotations,
    int threads,
    int maxSentenceTokens,
    String dependencyModel) {

  /** CoreNLP's English UD model, the default of {@code depparse.model}. */
  public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** 250 tokens: well above real news sentences (the longest in the seed texts has 71). */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

  public NlpOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException(
          "maxSentenceTokens must be >= 1, was " + maxSentenceTokens);
    }
    Objects.requireNonNull(dependencyModel, "dependencyModel");
    if (dependencyModel.isBlank()) {
      throw new IllegalArgumentException("dependencyModel must not be blank");
    }
  }

  /** Everything on, one thread, the English UD parser. */
  public static NlpOptions defaults() {
    return new NlpOptions(true, true, true, 1, DEFAULT_MAX_SENTENCE_TOKENS, ENGLISH_UD);
  }

  public NlpOptions withThreads(int n) {
    return new NlpOptions(
        timeExpressions, dependencies, quotations, n, maxSentenceTokens, dependencyModel);
  }

  public NlpOptions withMaxSentenceTokens(int n) {
    return new NlpOptions(timeExpressions, dependencies, quotations, threads, n, dependencyModel);
  }

  public NlpOptions withTimeExpressions(boolean on) {
    return new NlpOptions(
        on, dependencies, quotations, threads, maxSentenceTokens, dependencyModel);
  }

  public NlpOptions withDependencies(boolean on) {
    return new NlpOptions(
        timeExpressions, on, quotations, threads, maxSentenceTokens, dependencyModel);
  }

  public NlpOptions withQuotations(boolean on) {
    return new NlpOptions(
        timeExpressions, dependencies, on, threads, maxSentenceTokens, dependencyModel);
  }
}
