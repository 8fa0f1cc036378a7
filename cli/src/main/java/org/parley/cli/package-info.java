/**
 * The {@code parley} command line: picocli commands that wire ingest, NLP, coding and the store
 * together. Exit codes are mapped in one place ({@link org.parley.cli.ExitCodes}).
 */
package org.parley.cli;
