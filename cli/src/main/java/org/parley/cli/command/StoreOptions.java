package org.parley.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import org.parley.cli.ConfigurationException;
import org.parley.store.Store;
import picocli.CommandLine.Option;

/** Options shared by commands that read the data pack or the store. */
public final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data pack (default: PARLEY_DATA, ./data, ../shared/data).")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The store: a DuckDB file (default: ${DEFAULT-VALUE}).",
      defaultValue = Store.DEFAULT_LOCATION)
  String db;

  /** The store as given: a DuckDB file path. */
  public String db() {
    return db;
  }

  public Optional<Path> data() {
    return Optional.ofNullable(data);
  }

  public Store openStore() {
    try {
      return Store.open(db);
    } catch (RuntimeException e) {
      throw new ConfigurationException("cannot open the store '" + db + "': " + e.getMessage(), e);
    }
  }
}
