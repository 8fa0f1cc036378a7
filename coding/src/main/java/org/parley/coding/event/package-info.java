/**
 * Event coding over UD dependency parses: verb triggers matched against the PETRARCH2 verb
 * dictionary's patterns ({@link org.parley.coding.event.PatternMatcher}), nominal triggers ("a
 * summit between A and B", "A's visit to B") from Parley's noun dictionary, sources and targets
 * from the parse ({@link org.parley.coding.event.Arguments}), and the assembly of {@link
 * org.parley.model.Event}s with their codebook attributes, modality, date, place and evidence
 * ({@link org.parley.coding.event.EventCoder}).
 */
package org.parley.coding.event;
