/**
 * The offline gazetteer: GeoNames places of 1,000 people or more, their first-level regions,
 * countries (world-countries) and seats of government, built from pinned npm packages when Parley
 * is built ({@code gazetteer/npm/build.js}) and looked up here by folded name. Nothing is
 * downloaded at run time. This package knows names and coordinates only; choosing among candidates
 * for a mention in a text belongs to the coding stage.
 */
package org.parley.gazetteer;
