/** Plain-text renderings for the terminal: event and quote tables, and an event's explanation. */
package org.parley.cli.table;
