/**
 * Event dates: the resolved time expression that belongs to the trigger's clause, else the
 * publication date, with the source of the date kept ({@code time_expression}, {@code publication},
 * {@code unknown}).
 */
package org.parley.coding.date;
