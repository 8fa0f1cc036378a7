/**
 * One coding run: ingest, parse, code and store each input record in turn, streaming, so that every
 * record ends as coded, duplicate or skipped with its reason, in the output directory and the store
 * alike.
 */
package org.parley.cli.run;
