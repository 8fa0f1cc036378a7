/**
 * The picocli commands of {@code parley}: code, demo, explain. Each maps its outcome to an exit
 * code.
 */
package org.parley.cli.command;
