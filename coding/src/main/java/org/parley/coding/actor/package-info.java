/**
 * Actor resolution: finds the noun phrases of a parsed sentence that name actors and gives each a
 * CAMEO actor code with the reason ({@code resolved_by}): a dictionary name (date-restricted), a
 * role noun with a nationality, a seat of government or capital used as a metonym, or coreference
 * (a later surname, a pronoun, a role without a country). No CoreNLP here: it reads {@link
 * org.parley.model.ParsedDocument}s.
 */
package org.parley.coding.actor;
