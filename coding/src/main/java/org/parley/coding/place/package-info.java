/**
 * Where events happened: the place phrases of a document (locative phrases of a trigger, qualified
 * names such as "Paris, Texas", seats of government named after "at"), and their resolution against
 * the offline gazetteer, ranked by the countries the article and sentence are about, population,
 * kind of place and the other places named with it, each with the reason it won.
 */
package org.parley.coding.place;
