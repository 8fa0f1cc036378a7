package org.parley.server;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ParleyServer} runs.
 *
 * @param host the address to bind; 127.0.0.1 unless the server is meant for other machines
 * @param port the port; 0 picks a free one ({@link ParleyServer#port()} says which)
 * @param readConnections how many store connections serve requests concurrently (1..64)
 * @param version Parley's version, reported by /api/health
 * @param ingest what codes posted articles; empty: POST /api/articles answers 403
 * @param ingestToken the bearer token POST /api/articles needs (required with ingest)
 * @param webRoot the classpath folder served at / when it holds an index.html ({@link #WEB_ROOT},
 *     where the build puts the web UI)
 */
public record ServerOptions(
    String host,
    int port,
    int readConnections,
    String version,
    Optional<ArticleIngest> ingest,
    Optional<String> ingestToken,
    String webRoot) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String WEB_ROOT = "/parley-web";
  public static final int DEFAULT_PORT = 7070;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (readConnections < 1 || readConnections > 64) {
      throw new IllegalArgumentException("readConnections must be 1..64, was " + readConnections);
    }
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(ingestToken, "ingestToken");
    Objects.requireNonNull(webRoot, "webRoot");
    if (!webRoot.matches("(/[A-Za-z0-9_.-]+)+") || webRoot.contains("..")) {
      throw new IllegalArgumentException("webRoot must be a classpath folder like /parley-web");
    }
    if (ingest.isPresent() && (ingestToken.isEmpty() || ingestToken.get().length() < 16)) {
      throw new IllegalArgumentException(
          "an ingesting server needs a token of at least 16 characters");
    }
  }

  /** Read-only on 127.0.0.1 at {@code port} with four read connections. */
  public static ServerOptions readOnly(int port) {
    return new ServerOptions(
        DEFAULT_HOST, port, 4, "dev", Optional.empty(), Optional.empty(), WEB_ROOT);
  }

  /** These options with ingest by {@code ingest}, authorised by {@code token}. */
  public ServerOptions withIngest(ArticleIngest ingest, String token) {
    return new ServerOptions(
        host, port, readConnections, version, Optional.of(ingest), Optional.of(token), webRoot);
  }

  /** These options serving the web UI from another classpath folder. */
  public ServerOptions withWebRoot(String classpathFolder) {
    return new ServerOptions(
        host, port, readConnections, version, ingest, ingestToken, classpathFolder);
  }

  /** These options answering /api/health with {@code parleyVersion}. */
  public ServerOptions withVersion(String parleyVersion) {
    return new ServerOptions(
        host, port, readConnections, parleyVersion, ingest, ingestToken, webRoot);
  }

  /** These options with another address, port and number of read connections. */
  public ServerOptions at(String host, int port, int readConnections) {
    return new ServerOptions(host, port, readConnections, version, ingest, ingestToken, webRoot);
  }
}
