package org.parley.cli.command;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.store.StoreException;
import org.parley.store.query.ReadOnlyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley query "SQL"}: one read-only SQL statement on the store (schema: docs/SCHEMA.md).
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Run one SQL statement on the store, read-only (tables and columns: docs/SCHEMA.md).")
public final class QueryCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "SQL", description = "The statement, e.g. \"SELECT ...\".")
  String sql;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "TSV",
      description = "Row format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ReadOnlyQuery.Format format;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Stop after N rows (default ${DEFAULT-VALUE}).")
  long maxRows;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws Exception {
    if (maxRows < 1) {
      throw new ConfigurationException("--max-rows must be at least 1, was " + maxRows);
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try {
      long rows = ReadOnlyQuery.run(storeOptions.db(), sql, format, maxRows, out);
      System.err.println("parley: " + rows + " rows" + (rows == maxRows ? " (--max-rows)" : ""));
      return ExitCodes.OK;
    } catch (StoreException e) {
      System.err.println("parley: query failed: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
