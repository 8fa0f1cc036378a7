/**
 * The coding job on Apache Spark: input files from any Hadoop path, read by ingest's readers by
 * content, coded by the same nlp and coding stages as {@code parley code} (built once per executor
 * JVM), written as Parquet partitioned by year and month. Only this package imports Spark; no
 * coding logic lives here.
 */
package org.parley.spark;
