/**
 * Immutable records passed between Parley's stages: articles, parsed documents, actor mentions,
 * events, quotes and diagnostics. Every record checks its invariants in its constructor. Nothing
 * here does I/O or knows about CoreNLP, SQL or HTTP; it depends on nothing but the JDK.
 */
package org.parley.model;
