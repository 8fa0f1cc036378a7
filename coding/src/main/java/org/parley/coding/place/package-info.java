/**
 * Where events happened: place names resolved against the offline gazetteer, ranked by the
 * countries the article and sentence are about, population, kind of place and the other places
 * named with it, each with the reason it won.
 */
package org.parley.coding.place;
