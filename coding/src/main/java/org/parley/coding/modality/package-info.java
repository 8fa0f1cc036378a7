/**
 * Modality: whether the text asserts that an event happened, denies it, only supposes it, plans it
 * or passes it on at one remove. Read from the parse around the trigger (negation, modal
 * auxiliaries, complementisers, governing verbs such as "decline", "plan", "is said to"), with the
 * cue words kept as evidence.
 */
package org.parley.coding.modality;
