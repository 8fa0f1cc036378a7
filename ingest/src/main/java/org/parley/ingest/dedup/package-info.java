/**
 * Recognising the same story when it arrives twice: under two spellings of one URL ({@link
 * org.parley.ingest.dedup.UrlNormaliser}) or as a republished copy with small edits ({@link
 * org.parley.ingest.dedup.NearDuplicates}). Exact body duplicates and id collisions stay with
 * {@code SeenArticles}; nothing here reads or changes an {@code Article}, so both pieces can be
 * tested and tuned on plain strings.
 */
package org.parley.ingest.dedup;
