/**
 * Ingestion: from input files to {@link org.parley.model.Article}s, one {@link
 * org.parley.ingest.IngestRecord} per input record, streamed. {@link org.parley.ingest.Ingestor}
 * walks the inputs, hands each file to the reader for its format ({@code ingest.format}), then does
 * what every format shares: metadata precedence, language filter, furniture stripping ({@code
 * ingest.furniture}), publication date ({@code ingest.dateline}), content hash and de-duplication
 * within a run. Nothing here parses sentences or codes events.
 */
package org.parley.ingest;
