/**
 * Event counts and Goldstein sums and means per period and directed dyad or country, on a dense
 * date spine, from the store's events or clusters ({@link org.parley.store.aggregate.Aggregates}).
 */
package org.parley.store.aggregate;
