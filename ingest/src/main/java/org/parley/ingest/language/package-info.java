/**
 * Which language an article is written in, decided once per article from the start of its body so
 * that the coder can tell English text (which its dictionaries cover) from text it must leave
 * uncoded or code as English-unknown. Only identification lives here: no translation, no
 * per-sentence language switching, and nothing that fetches a model at run time.
 */
package org.parley.ingest.language;
