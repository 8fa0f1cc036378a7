/**
 * The field-by-field form of Parley's output contract (ARCHITECTURE.md, "Contracts other tools rely
 * on"): model records become ordered snake_case maps and compact JSON lines here, and nowhere else,
 * so the JSONL files and the database's stored JSON stay identical. No file or database access
 * belongs in this package.
 */
package org.parley.store.contract;
