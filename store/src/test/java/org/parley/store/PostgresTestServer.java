package org.parley.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, and a fresh database on it for each caller. The server is the
 * one {@code PARLEY_TEST_PG} names (a {@code postgresql://} URL of an account that may create
 * databases; {@code .ci/run} starts one and sets it), else a throwaway instance this class starts
 * with the installed PostgreSQL's {@code initdb} and {@code pg_ctl} in a temporary directory (as
 * user postgres when run as root, since initdb refuses root) and stops when the JVM exits. Without
 * either, the tests fail with a message saying what to install: they are never silently skipped.
 */
public final class PostgresTestServer {
  /** The environment variable naming an existing server. */
  public static final String ENV = "PARLEY_TEST_PG";

  private static String admin;
  private static int databases;

  private PostgresTestServer() {}

  /** A new empty database's {@code postgresql://} URL. */
  public static synchronized String newDatabase() {
    String url = admin();
    String name = "parley_test_" + ProcessHandle.current().pid() + "_" + (++databases);
    PostgresLocation location = PostgresLocation.parse(url);
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.properties());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create a test database on " + location.display() + ": " + e.getMessage(), e);
    }
    int slash = url.indexOf('/', url.indexOf("//") + 2);
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  private static String admin() {
    if (admin != null) {
      return admin;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      admin = env.strip();
    } else {
      admin = startThrowaway();
    }
    return admin;
  }

  private static String startThrowaway() {
    Path bin = installedBin();
    try {
      Path dir = Files.createTempDirectory("parley-pg");
      boolean root = "root".equals(System.getProperty("user.name"));
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      if (root) {
        run(List.of("chown", "postgres:postgres", dir.toString()), false);
      }
      Path data = dir.resolve("data");
      run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-A",
              "trust",
              "-U",
              "postgres",
              "-E",
              "UTF8",
              "--locale=C.UTF-8"),
          root);
      run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-l",
              dir.resolve("log").toString(),
              "-w",
              "-o",
              "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off",
              "start"),
          root);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      run(
                          List.of(
                              bin.resolve("pg_ctl").toString(),
                              "-D",
                              data.toString(),
                              "-m",
                              "immediate",
                              "stop"),
                          root);
                      deleteTree(dir);
                    } catch (IOException | RuntimeException e) {
                      System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
                    }
                  }));
      return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a throwaway PostgreSQL: " + e.getMessage(), e);
    }
  }

  private static Path installedBin() {
    Path base = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(base)) {
      try (Stream<Path> versions = Files.list(base)) {
        List<Path> bins =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .sorted(Comparator.comparing(Path::toString))
                .toList();
        if (!bins.isEmpty()) {
          return bins.get(bins.size() - 1);
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot list " + base, e);
      }
    }
    throw new IllegalStateException(
        "the PostgreSQL tests need a server: set "
            + ENV
            + "=postgresql://USER@HOST:PORT/DATABASE (an account that may create databases), or"
            + " install PostgreSQL (apt-get install postgresql) so that the tests start a"
            + " throwaway one; .ci/run does the latter");
  }

  private static void run(List<String> command, boolean asPostgres) throws IOException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", shellQuote(command)));
    } else {
      full.addAll(command);
    }
    Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            "the test PostgreSQL: " + String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String shellQuote(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add("'" + w.replace("'", "'\\''") + "'");
    }
    return String.join(" ", out);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
