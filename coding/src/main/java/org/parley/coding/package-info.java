/**
 * The coding stage: from a {@link org.parley.model.ParsedDocument} to a {@link
 * org.parley.model.CodedDocument}. {@link org.parley.coding.Coder} assembles the steps (actors,
 * events, modality, dates, places, quotes) in one place. Nothing in this package tree imports
 * CoreNLP: its tests build parses by hand or read stored ones.
 */
package org.parley.coding;
