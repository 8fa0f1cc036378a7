/**
 * Cross-article event clusters: asserted events from different articles and sentences that report
 * the same occurrence ({@link org.parley.store.cluster.ClusterRules}), kept in the store's {@code
 * clusters} and {@code cluster_members} tables by {@link org.parley.store.cluster.Clusterer}.
 */
package org.parley.store.cluster;
