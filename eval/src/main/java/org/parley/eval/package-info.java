/**
 * Measured accuracy: the gold suites of the data pack (PETRARCH unit tests, UniversalPetrarch GSR,
 * PLOVER gold records, CAMEO manual examples) read, run through the coder, and scored; the floors
 * tests hold them at. Depends on {@code coding} and, for the Penn Treebank conversion and the
 * suites Parley parses itself, on {@code nlp}.
 */
package org.parley.eval;
