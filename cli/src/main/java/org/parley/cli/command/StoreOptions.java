package org.parley.cli.command;

import java.nio.file.Path;
import java.util.Optional;
import org.parley.cli.ConfigurationException;
import org.parley.store.Engine;
import org.parley.store.PostgresLocation;
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
      paramLabel = "PATH|URL",
      description =
          "The store: a DuckDB file, or a PostgreSQL database as"
              + " postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE (default: PARLEY_DB, else "
              + Store.DEFAULT_LOCATION
              + ").",
      defaultValue = "${env:PARLEY_DB:-" + Store.DEFAULT_LOCATION + "}")
  String db;

  /** The store as given: a DuckDB file path or a PostgreSQL URL. */
  public String db() {
    return db;
  }

  /** The store for messages: a PostgreSQL URL's password is shown as ***. */
  public String display() {
    return PostgresLocation.redact(db);
  }

  /** Whether the store is a DuckDB file that does not exist yet (reading commands refuse those). */
  public boolean missingFile() {
    return Engine.of(db) == Engine.DUCKDB
        && !db.equals(Store.IN_MEMORY)
        && !java.nio.file.Files.isRegularFile(Path.of(db));
  }

  public Optional<Path> data() {
    return Optional.ofNullable(data);
  }

  public Store openStore() {
    try {
      return Store.open(db);
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          "cannot open the store '" + display() + "': " + e.getMessage(), e);
    }
  }
}
