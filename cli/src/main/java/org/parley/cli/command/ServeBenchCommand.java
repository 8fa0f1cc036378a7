package org.parley.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
 * {@code parley serve-bench}: throughput and latency of {@code GET /api/events} under concurrent
 * clients on loopback, bounded in time and in requests. The requests vary: plain pages at random
 * offsets among the first 50 pages, and filters by root, country, actor, date range and quad class
 * taken from the store's own values ({@code /api/meta}), each with one of its first pages.
 */
@Command(
    name = "serve-bench",
    mixinStandardHelpOptions = true,
    description =
        "Load-test the events endpoint: start a server on the store (or use --url), run"
            + " concurrent clients with varied filters and pages, and print requests/s and"
            + " latency percentiles.")
public final class ServeBenchCommand implements Callable<Integer> {
  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "8",
      description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "Stop after S seconds of load (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "20000",
      description = "Stop after N requests (default ${DEFAULT-VALUE}).")
  long maxRequests;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "200",
      description = "Requests sent before measuring (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--readers",
      paramLabel = "N",
      defaultValue = "4",
      description = "The in-process server's store connections (default ${DEFAULT-VALUE}).")
  int readers;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "A running server to load instead of starting one on --db.")
  URI url;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Random seed of the request mix (default ${DEFAULT-VALUE}).")
  long seed;

  @Mixin StoreOptions storeOptions;

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 256) {
      throw new ConfigurationException("--clients must be 1..256, was " + clients);
    }
    if (seconds <= 0 || seconds > 3600) {
      throw new ConfigurationException("--seconds must be in (0, 3600], was " + seconds);
    }
    if (maxRequests < 1) {
      throw new ConfigurationException("--max-requests must be at least 1");
    }
    if (url != null) {
      return bench(url);
    }
    if (storeOptions.missingFile()) {
      throw new ConfigurationException("no store at " + storeOptions.display() + "; give --db");
    }
    Store store;
    try {
      store = ServeCommand.openForReading(storeOptions.db(), System.err);
    } catch (StoreException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
    try (store;
        ParleyServer server =
            ParleyServer.start(
                store,
                ServerOptions.readOnly(0)
                    .at(ServerOptions.DEFAULT_HOST, 0, readers)
                    .withVersion(Main.version()))) {
      return bench(server.uri());
    }
  }

  private int bench(URI base) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    JsonNode meta = get(http, base.resolve("/api/meta"));
    JsonNode health = get(http, base.resolve("/api/health"));
    long events = health.get("events").asLong();
    List<String> mix = mix(meta, events);
    System.err.printf(
        Locale.ROOT,
        "parley: serve-bench on %s (%d events): %d clients, %.0f s or %d requests, %d request"
            + " shapes%n",
        base,
        events,
        clients,
        seconds,
        maxRequests,
        mix.size());
    Random warm = new Random(seed);
    for (int i = 0; i < warmup; i++) {
      send(http, base, mix.get(warm.nextInt(mix.size())));
    }
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong rows = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    // Latency sums and counts per request kind (the names of its filters), for the breakdown.
    java.util.concurrent.ConcurrentHashMap<String, long[]> byKind =
        new java.util.concurrent.ConcurrentHashMap<>();
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random r = new Random(seed * 1000 + c);
      results.add(
          pool.submit(
              () -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                  String path = mix.get(r.nextInt(mix.size()));
                  long t0 = System.nanoTime();
                  HttpResponse<String> resp = send(http, base, path);
                  long t = System.nanoTime() - t0;
                  long[] k = byKind.computeIfAbsent(kind(path), x -> new long[3]);
                  synchronized (k) {
                    k[0]++;
                    k[1] += t;
                    k[2] = Math.max(k[2], t);
                  }
                  if (resp.statusCode() != 200) {
                    errors.incrementAndGet();
                  } else {
                    rows.addAndGet(countItems(resp.body()));
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = t;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : results) {
      parts.add(f.get());
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      System.err.println("parley: no request completed");
      return ExitCodes.SOFTWARE;
    }
    double secs = elapsed / 1e9;
    System.out.printf(
        Locale.ROOT,
        "requests %d in %.1f s: %.0f requests/s, %.0f rows/s; latency ms p50 %.1f, p90 %.1f,"
            + " p99 %.1f, max %.1f; errors %d%n",
        all.length,
        secs,
        all.length / secs,
        rows.get() / secs,
        pct(all, 0.50),
        pct(all, 0.90),
        pct(all, 0.99),
        all[all.length - 1] / 1e6,
        errors.get());
    new java.util.TreeMap<>(byKind)
        .forEach(
            (kind, k) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-28s %6d requests, mean %7.1f ms, max %7.1f ms%n",
                    kind,
                    k[0],
                    k[1] / 1e6 / k[0],
                    k[2] / 1e6));
    return errors.get() == 0 ? ExitCodes.OK : ExitCodes.SOFTWARE;
  }

  /** A request's kind: its parameter names other than limit and offset ("page" for none). */
  static String kind(String path) {
    int q = path.indexOf('?');
    List<String> names = new ArrayList<>();
    for (String p : path.substring(q + 1).split("&")) {
      String name = p.substring(0, Math.max(0, p.indexOf('=')));
      if (!name.equals("limit") && !name.equals("offset")) {
        names.add(name);
      }
    }
    return names.isEmpty() ? "page" : String.join("+", names);
  }

  /** Request shapes: pages at random offsets, and filters the store has values for. */
  private List<String> mix(JsonNode meta, long events) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    // Plain pages among the first 50 (what a reader pages through); deeper offsets cost more, as
    // the database keeps offset + limit rows in its top-N heap (docs/BENCHMARKS.md).
    long pages = Math.max(1, Math.min(events, 2_500) / 50);
    for (int i = 0; i < 20; i++) {
      out.add("/api/events?limit=50&offset=" + 50 * (long) r.nextInt((int) pages));
    }
    List<String> countries = strings(meta.get("countries"));
    List<String> roots = new ArrayList<>();
    meta.get("cameo_roots").forEach(n -> roots.add(n.get("code").asText()));
    for (int i = 0; i < 20 && !countries.isEmpty(); i++) {
      String c = countries.get(r.nextInt(countries.size()));
      out.add("/api/events?country=" + c + "&limit=50&offset=" + 50 * r.nextInt(4));
      out.add("/api/events?actor=" + c + "&root=" + roots.get(r.nextInt(roots.size())));
      out.add("/api/events?source=" + c + "&quad=" + (1 + r.nextInt(4)) + "&limit=20");
    }
    for (String root : roots) {
      out.add("/api/events?root=" + root + "&limit=50&offset=" + 50 * r.nextInt(4));
    }
    String min = meta.get("date_min").asText("2019-01-01");
    int firstYear = min.length() >= 4 ? Integer.parseInt(min.substring(0, 4)) : 2019;
    for (int i = 0; i < 20; i++) {
      int y = firstYear + r.nextInt(3);
      int m = 1 + r.nextInt(12);
      out.add(
          String.format(
              Locale.ROOT, "/api/events?since=%d-%02d-01&until=%d-%02d-28&limit=50", y, m, y, m));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static HttpResponse<String> send(HttpClient http, URI base, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new ConfigurationException(uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return json.readTree(r.body());
  }

  /** The number of items in an events page, counted without parsing the whole body. */
  private static long countItems(String body) {
    long n = 0;
    for (int i = body.indexOf("\"event_id\""); i >= 0; i = body.indexOf("\"event_id\"", i + 1)) {
      n++;
    }
    return n;
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
