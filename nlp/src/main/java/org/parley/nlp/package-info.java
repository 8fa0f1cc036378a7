/**
 * The NLP stage: turns an {@link org.parley.model.Article} into a {@link
 * org.parley.model.ParsedDocument} (tokens, lemmas, POS, NER, UD dependencies, time expressions
 * resolved against the publication date, entity mentions, quotations) with Stanford CoreNLP. This
 * is the only package in Parley that imports {@code edu.stanford.nlp}; CoreNLP types never leave
 * it, and the conversions that need no models (TIMEX values, line wrapping) live in plain classes
 * here so they can be tested without loading a pipeline.
 */
package org.parley.nlp;
