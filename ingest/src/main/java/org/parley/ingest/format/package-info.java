/**
 * Readers, one per input format, behind {@link org.parley.ingest.format.FormatReader}: each turns
 * one file into source items, either a document (raw text plus the metadata its format carries) or
 * a rejection with a located reason. Readers know file layouts and encodings; they do not strip
 * furniture, find datelines or de-duplicate, which happen once for every format in {@code
 * org.parley.ingest}. New formats (HTML, WARC, RSS) plug in here.
 */
package org.parley.ingest.format;
