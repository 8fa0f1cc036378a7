/**
 * The codebooks Parley codes into, read from the data pack: {@link
 * org.parley.ontology.CameoCodebook} (CAMEO event codes with names, Goldstein scores, quad and
 * penta classes, and their PLOVER type, mode and contexts from the CAMEO to PLOVER map), {@link
 * org.parley.ontology.PloverTypes} (PLOVER's types, modes and contexts), {@link
 * org.parley.ontology.Countries} (CAMEO, ISO3 and COW country codes and names), and {@link
 * org.parley.ontology.DataPack}, which finds the pack on disk. Bad records become located
 * diagnostics; nothing here reads the network or knows about actor or verb dictionaries, which
 * belong to {@code coding}.
 */
package org.parley.ontology;
