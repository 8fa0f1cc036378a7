package org.parley.cli.command;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.server.ParleyServer;
import org.parley.server.ServerOptions;
import org.parley.store.Store;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley serve}: the JSON API (docs/API.md) and the web UI over a store, until stopped.
 * Read-only unless {@code --allow-ingest}: the store is then opened for writing and {@code POST
 * /api/articles} codes posted articles (with the token).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store over HTTP: a JSON API under /api/ (OpenAPI at /api/openapi.json) and the"
            + " web UI at /. Read-only unless --allow-ingest. Stop with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServerOptions.DEFAULT_HOST,
      description =
          "Address to bind (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 opens the"
              + " server to the network).")
  String host;

  @Option(
      names = "--readers",
      paramLabel = "N",
      defaultValue = "4",
      description = "Store connections answering requests concurrently (default ${DEFAULT-VALUE}).")
  int readers;

  @Option(
      names = "--allow-ingest",
      description =
          "Let POST /api/articles code articles into the store (needs the token; the store is"
              + " opened for writing, and models load on the first POST).")
  boolean allowIngest;

  @Option(
      names = "--ingest-token",
      paramLabel = "TOKEN",
      description =
          "The bearer token POST /api/articles needs (default: PARLEY_INGEST_TOKEN, else a"
              + " random one, printed once). A token given here shows in the process list;"
              + " the environment variable does not.")
  String ingestToken;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (storeOptions.missingFile()) {
      throw new ConfigurationException(
          "no store at "
              + storeOptions.display()
              + "; code some articles first (parley code INPUT... --db "
              + storeOptions.display()
              + ") or give --db");
    }
    if (readers < 1 || readers > 64) {
      throw new ConfigurationException("--readers must be 1..64, was " + readers);
    }
    if (port < 0 || port > 65535) {
      throw new ConfigurationException("--port must be 0..65535, was " + port);
    }
    PrintStream err = System.err;
    Store store;
    try {
      store = allowIngest ? Store.open(storeOptions.db()) : openForReading(storeOptions.db(), err);
    } catch (StoreException e) {
      throw new ConfigurationException("cannot serve: " + e.getMessage(), e);
    }
    try {
      ServerOptions options =
          ServerOptions.readOnly(port).at(host, port, readers).withVersion(Main.version());
      String tokenNote = null;
      if (allowIngest) {
        String token = ingestToken != null ? ingestToken : System.getenv("PARLEY_INGEST_TOKEN");
        if (token == null || token.isBlank()) {
          byte[] random = new byte[24];
          new SecureRandom().nextBytes(random);
          token = HexFormat.of().formatHex(random);
          tokenNote = "parley: ingest token (shown once): " + token;
        }
        if (token.length() < 16) {
          throw new ConfigurationException("--ingest-token must be at least 16 characters");
        }
        options =
            options.withIngest(new PipelineIngest(store, storeOptions.data(), err), token.trim());
      }
      ParleyServer server;
      try {
        server = ParleyServer.start(store, options);
      } catch (IllegalStateException e) {
        throw new ConfigurationException(e.getMessage(), e);
      }
      try {
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
          err.println(
              "parley: warning: listening on "
                  + host
                  + ", not only this machine: anyone who can reach it can read the store");
        }
        System.out.println(
            "parley: serving "
                + storeOptions.display()
                + (store.readOnly() ? " (read-only)" : "")
                + " at "
                + server.uri()
                + " (API: "
                + server.uri()
                + "api/, OpenAPI: "
                + server.uri()
                + "api/openapi.json); Ctrl-C stops");
        if (tokenNote != null) {
          System.out.println(tokenNote);
        }
        System.out.flush();
        // Ctrl-C: the hook stops the server and closes the store (committing nothing half-done:
        // an ingest in progress is one transaction per article) before the JVM exits.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      server.close();
                      store.close();
                      stopped.countDown();
                    },
                    "parley-serve-stop"));
        try {
          stopped.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return ExitCodes.OK;
  }

  /**
   * Opens the store read-only; a store an older Parley made is first migrated by opening it once
   * for writing (a DuckDB file another process is writing cannot be, and says so).
   */
  static Store openForReading(String db, PrintStream err) {
    try {
      return Store.openReadOnly(db);
    } catch (StoreException.OlderSchema e) {
      err.println("parley serve: " + e.getMessage() + "; migrating it now");
      Store.open(db).close();
      return Store.openReadOnly(db);
    }
  }
}
