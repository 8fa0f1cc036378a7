/**
 * The JSONL output directory of a run ({@code articles.jsonl}, {@code events.jsonl}, {@code
 * quotes.jsonl}, {@code mentions.jsonl}). It only writes lines made by {@code
 * org.parley.store.contract}; field names and shapes are decided there, never here.
 */
package org.parley.store.jsonl;
