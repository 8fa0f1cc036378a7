/**
 * Where coded output is kept: {@link org.parley.store.Store}, the embedded DuckDB database of runs,
 * articles, sentences, mentions, events, quotes and diagnostics, with idempotent per-document
 * writes and the reads the CLI needs; and {@link org.parley.store.RunRecord}, what a run used. Only
 * this module knows SQL; the JSON shape of every record is decided in {@code
 * org.parley.store.contract}, not here.
 */
package org.parley.store;
