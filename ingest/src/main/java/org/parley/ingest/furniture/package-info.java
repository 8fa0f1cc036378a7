/**
 * Separating a news page's story from its furniture: navigation and section labels, headlines,
 * datelines, photo credits and captions, bylines, broadcast hand-offs, sign-offs and speaker
 * labels. The rules read the shape of lines (length, punctuation, position at the top or bottom,
 * credit and byline forms), never the words of particular articles, and every cut is recorded in
 * original-text offsets so that offsets into the story body can be mapped back to the source.
 */
package org.parley.ingest.furniture;
