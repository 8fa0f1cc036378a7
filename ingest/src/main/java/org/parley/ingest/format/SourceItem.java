package org.parley.ingest.format;

/**
 * What a reader hands on for one record of its input: a document, or a rejection with its reason.
 */
public sealed interface SourceItem permits SourceDocument, SourceRejection {
  /** Where the record was read: the file, and for multi-record files {@code file:line}. */
  String location();
}
