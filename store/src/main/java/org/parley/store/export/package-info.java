/**
 * Exports of the store's events in standard event-data layouts: Parley's own contract JSON lines, a
 * flat CSV or Parquet table, and the GDELT 2.0, Phoenix (OEDA), ICEWS and PLOVER profiles. Events
 * are chosen with an {@link org.parley.store.export.ExportFilter}, which becomes bound parameters,
 * never SQL text. docs/FORMATS.md documents every column.
 */
package org.parley.store.export;
