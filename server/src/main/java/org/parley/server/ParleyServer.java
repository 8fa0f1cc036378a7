package org.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parley.store.ReadPool;
import org.parley.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's HTTP server: the JSON API of docs/API.md over one store, and the web UI (the classpath
 * folder {@code /parley-web}, when the jar was built with it) at {@code /}.
 *
 * <p>Safety: it binds 127.0.0.1 unless told otherwise; every request parameter is checked and
 * reaches SQL only as a bound value; pages hold at most 500 rows and request bodies at most 5 MB;
 * nothing is written unless the server was given an {@link ArticleIngest} and its token. A bad
 * request is a 400 (or 404, 405, 413) with {@code {"status", "error"}}; an unexpected failure is a
 * 500 with a generic message, and logged.
 *
 * <p>In a test: {@code try (ParleyServer s = ParleyServer.start(store, ServerOptions.readOnly(0)))
 * { ... s.uri() ... }} serves {@code store} on a free port.
 */
public final class ParleyServer implements AutoCloseable {
  /** The most a request body may hold. */
  public static final long MAX_BODY = 5L * 1024 * 1024;

  /** The most articles one POST may carry. */
  public static final int MAX_ARTICLES = 100;

  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final Set<String> POSTED_FIELDS =
      Set.of("id", "text", "body", "title", "url", "outlet", "published", "language");

  private final Javalin app;
  private final ReadPool pool;
  private final String host;
  private final ObjectMapper json = new ObjectMapper();

  private ParleyServer(Store store, ServerOptions options) {
    this.host = options.host();
    this.pool = store.readPool(options.readConnections());
    Api api = new Api(store, pool, json, options.version(), options.ingest().isPresent());
    boolean web = ParleyServer.class.getResource(options.webRoot() + "/index.html") != null;
    Map<String, Object> openApi = ApiSpec.openApi(options.version());
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_BODY;
              config.http.prefer405over404 = true;
              config.useVirtualThreads = false;
              config.jetty.modifyServer(
                  server -> server.setErrorHandler(new JsonErrorHandler(securityHeaders())));
              if (web) {
                config.staticFiles.add(
                    s -> {
                      s.hostedPath = "/";
                      s.directory = options.webRoot();
                      s.location = Location.CLASSPATH;
                      s.headers = securityHeaders();
                    });
              }
            });
    boolean loopback = isLoopback(options.host());
    app.before(
        ctx -> {
          securityHeaders().forEach(ctx::header);
          // A web page elsewhere can point its own domain name at 127.0.0.1 (DNS rebinding) and
          // then read this server as if same-origin; its requests still name that domain in Host.
          if (loopback && !isLoopbackName(hostName(ctx.host()))) {
            throw new IllegalArgumentException(
                "unexpected Host header '"
                    + Params.shorten(String.valueOf(ctx.host()))
                    + "': this server binds a loopback address and answers only requests addressed"
                    + " to localhost, 127.0.0.1 or [::1]");
          }
        });
    get(ApiSpec.HEALTH, p -> api.health());
    get(ApiSpec.META, p -> api.meta());
    get(ApiSpec.EVENTS, api::events);
    getById(ApiSpec.EVENT, api::event);
    get(ApiSpec.CLUSTERS, api::clusters);
    getById(ApiSpec.CLUSTER, api::cluster);
    get(ApiSpec.ACTORS, api::actors);
    getById(ApiSpec.ACTOR, api::actor);
    get(ApiSpec.QUOTES, api::quotes);
    get(ApiSpec.AGGREGATES, api::aggregates);
    get(ApiSpec.NETWORK, api::network);
    get(ApiSpec.MAP, api::map);
    get(ApiSpec.ARTICLES, api::articles);
    getById(ApiSpec.ARTICLE, api::article);
    get(ApiSpec.RUNS, api::runs);
    getById(ApiSpec.RUN, api::run);
    get(ApiSpec.OPENAPI, p -> openApi);
    app.post("/api/articles", ctx -> post(ctx, options, api));
    if (!web) {
      app.get(
          "/",
          ctx ->
              ctx.status(404)
                  .contentType("text/plain; charset=utf-8")
                  .result(
                      "The Parley web UI was not built into this jar (server/web is built by"
                          + " Maven with the front-end build). The JSON API is at /api/, described"
                          + " at /api/openapi.json.\n"));
    }
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), httpMessage(e.getStatus(), e.getMessage())));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error: the server could not answer; see its log");
        });
    for (int status : new int[] {404, 405, 413}) {
      app.error(
          status,
          ctx -> {
            if (ctx.resultInputStream() == null
                && (ctx.path().startsWith("/api") || status != 404 || web)) {
              error(ctx, status, httpMessage(status, null));
            }
          });
    }
  }

  /**
   * Starts serving {@code store} as {@code options} say and returns once the server answers. The
   * caller keeps owning the store: close the server first, then the store.
   *
   * @throws IllegalStateException when the address cannot be bound (the port is in use)
   */
  public static ParleyServer start(Store store, ServerOptions options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    ParleyServer server = new ParleyServer(store, options);
    try {
      server.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      server.pool.close();
      throw new IllegalStateException(
          "cannot serve on "
              + options.host()
              + ":"
              + options.port()
              + " ("
              + rootMessage(e)
              + "); is another server using that port? Give another --port",
          e);
    }
    return server;
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The address the server is bound to. */
  public String host() {
    return host;
  }

  /** The server's base URI, e.g. http://127.0.0.1:7070/ . */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }

  private void get(ApiSpec.Endpoint endpoint, Function<Params, Map<String, Object>> handler) {
    app.get(
        endpoint.path(),
        ctx -> send(ctx, 200, handler.apply(new Params(ctx.queryParamMap(), endpoint))));
  }

  private void getById(ApiSpec.Endpoint endpoint, Function<String, Map<String, Object>> handler) {
    String name = endpoint.path().substring(endpoint.path().lastIndexOf('{') + 1).replace("}", "");
    Handler h =
        ctx -> {
          new Params(ctx.queryParamMap(), endpoint);
          send(ctx, 200, handler.apply(ctx.pathParam(name)));
        };
    app.get(endpoint.path(), h);
  }

  private void send(Context ctx, int status, Object body) throws JsonProcessingException {
    ctx.status(status).contentType(JSON).result(json.writeValueAsBytes(body));
  }

  private void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message == null ? httpMessage(status, null) : message);
    try {
      send(ctx, status, body);
    } catch (JsonProcessingException e) {
      ctx.status(status).contentType("text/plain; charset=utf-8").result(String.valueOf(message));
    }
  }

  private static String httpMessage(int status, String given) {
    return switch (status) {
      case 404 -> "not found; the API's endpoints are listed at /api/openapi.json";
      case 405 -> "method not allowed; the API's endpoints are listed at /api/openapi.json";
      case 413 -> "request body too large: at most " + MAX_BODY + " bytes (5 MB)";
      default -> given == null || given.isBlank() ? "HTTP " + status : given;
    };
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** Whether a Host header's name is a loopback address or localhost (never resolved). */
  static boolean isLoopbackName(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.equals("localhost")
        || n.endsWith(".localhost")
        || n.equals("::1")
        || n.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** The name part of a Host header: without the port, and without brackets for IPv6. */
  static String hostName(String host) {
    if (host == null) {
      return null;
    }
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(1, end);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Content-Security-Policy", CSP);
    h.put("Referrer-Policy", "no-referrer");
    return h;
  }

  /** POST /api/articles: checks, in order, ingest enabled (403), token (401), size (413). */
  private void post(Context ctx, ServerOptions options, Api api) throws IOException {
    new Params(ctx.queryParamMap(), ApiSpec.POST_ARTICLES);
    if (options.ingest().isEmpty()) {
      error(ctx, 403, "ingest is disabled; start parley serve with --allow-ingest");
      return;
    }
    String auth = ctx.header("Authorization");
    byte[] expected = options.ingestToken().orElseThrow().getBytes(StandardCharsets.UTF_8);
    byte[] given =
        auth != null && auth.startsWith("Bearer ")
            ? auth.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    if (!MessageDigest.isEqual(expected, given)) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(
          ctx,
          401,
          auth == null
              ? "missing Authorization header; send Authorization: Bearer TOKEN"
              : "wrong token in the Authorization header");
      return;
    }
    long length = ctx.req().getContentLengthLong();
    if (length > MAX_BODY) {
      error(ctx, 413, httpMessage(413, null));
      return;
    }
    byte[] body = readBounded(ctx.req().getInputStream());
    if (body == null) {
      error(ctx, 413, httpMessage(413, null));
      return;
    }
    List<ArticleIngest.Posted> articles = parseArticles(body);
    ArticleIngest.Result result;
    synchronized (this) {
      try {
        result = options.ingest().get().ingest(articles);
      } finally {
        api.storeChanged();
      }
    }
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (ArticleIngest.Outcome o : result.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", o.id());
      m.put("status", o.status());
      m.put("reason", o.reason());
      m.put("events", o.events());
      outcomes.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run_id", result.runId());
    out.put("articles", outcomes);
    send(ctx, 200, out);
  }

  /** The body, or null when it is longer than {@link #MAX_BODY}. */
  private static byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
      if (total > MAX_BODY) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private List<ArticleIngest.Posted> parseArticles(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body could not be read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("the body is empty; send an article object or an array");
    }
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
    } else {
      items.add(root);
    }
    if (items.isEmpty() || items.size() > MAX_ARTICLES) {
      throw new IllegalArgumentException(
          "send 1 to " + MAX_ARTICLES + " articles, not " + items.size());
    }
    List<ArticleIngest.Posted> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = "article " + (i + 1);
      if (!item.isObject()) {
        throw new IllegalArgumentException(where + " is not a JSON object");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!POSTED_FIELDS.contains(f.getKey())) {
          throw new IllegalArgumentException(
              where
                  + ": unknown field '"
                  + Params.shorten(f.getKey())
                  + "'; accepted: "
                  + String.join(", ", POSTED_FIELDS.stream().sorted().toList()));
        }
        if (f.getValue().isNull()) {
          continue;
        }
        if (!f.getValue().isTextual()) {
          throw new IllegalArgumentException(
              where + ": field '" + f.getKey() + "' must be a string");
        }
        fields.put(f.getKey(), f.getValue().asText());
      }
      String id = fields.get("id");
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(where + " has no id");
      }
      if (ids.contains(id)) {
        throw new IllegalArgumentException(where + " repeats id '" + Params.shorten(id) + "'");
      }
      ids.add(id);
      if (fields.containsKey("text") == fields.containsKey("body")) {
        throw new IllegalArgumentException(
            where + " (" + Params.shorten(id) + ") needs exactly one of text and body");
      }
      out.add(new ArticleIngest.Posted(fields));
    }
    return out;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
