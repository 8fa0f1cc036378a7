/**
 * The codebooks Parley codes into: CAMEO event codes with their names, Goldstein scores, quad and penta
 * classes; PLOVER types and modes and the CAMEO to PLOVER map; country codes (ISO3, CAMEO, COW); and
 * {@link org.parley.ontology.DataPack}, which finds the data pack on disk. Reads files, never the network.
 */
package org.parley.ontology;
