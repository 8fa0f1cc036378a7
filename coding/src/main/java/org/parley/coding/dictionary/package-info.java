/**
 * Readers for the PETRARCH/TABARI dictionary formats (actors, agents, discards, verbs) and the
 * phrase indexes built from them. Each reader turns a malformed entry into a located {@link
 * org.parley.model.Diagnostic} and goes on; each fact it keeps names the file and line it came
 * from. Nothing here decides what a mention or an event is: that belongs to {@code coding.actor}
 * and {@code coding.event}, which query these dictionaries.
 */
package org.parley.coding.dictionary;
