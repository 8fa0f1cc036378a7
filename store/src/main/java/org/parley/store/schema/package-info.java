/**
 * The store's schema and how it evolves: numbered, additive SQL migrations (resources under {@code
 * org/parley/store/migrations/}) applied when a store is opened and recorded in {@code
 * schema_version}. Reading and writing rows is not done here but in {@code org.parley.store}.
 */
package org.parley.store.schema;
