/**
 * Publication dates: parsing the dates that metadata gives (manifest, JSONL record) and finding a
 * dateline near the top of an article's text ("News2020-02-13", "February 13, 2020", "SEOUL, Feb.
 * 13 (Yonhap) --"). Only the publication date of the article lives here; dates of events inside the
 * story are the coder's business.
 */
package org.parley.ingest.dateline;
