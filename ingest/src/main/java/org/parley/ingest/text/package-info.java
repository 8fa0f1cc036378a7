/**
 * Turning the bytes of an input into text: UTF-8 when the bytes are valid UTF-8, UTF-16 when a
 * byte-order mark says so, windows-1252 otherwise (the usual encoding of old Western news
 * archives), and recognising binary data so that it is skipped rather than ingested as garbage.
 * Nothing here knows about articles or file formats.
 */
package org.parley.ingest.text;
