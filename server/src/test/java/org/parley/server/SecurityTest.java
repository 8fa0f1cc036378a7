package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * Hostile input: SQL injection through every parameter of every endpoint and every path id,
 * oversized bodies, and posting articles without ingest, without or with a wrong token.
 */
class SecurityTest {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final List<String> INJECTIONS =
      List.of(
          "' OR 1=1 --",
          "1; DROP TABLE events",
          "%' --",
          "\u2019 OR \u20181\u2019=\u20181",
          "x\") OR (\"1\"=\"1",
          "04) OR (1=1",
          "'; DELETE FROM articles; --",
          "\\",
          "\u0000",
          "../../etc/passwd");

  @TempDir static Path dir;
  static Store readOnly;
  static Store writable;
  static ParleyServer server;
  static ParleyServer ingesting;
  static final List<List<ArticleIngest.Posted>> POSTED = new CopyOnWriteArrayList<>();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    Path file = TestStore.create(dir.resolve("a"));
    readOnly = Store.openReadOnly(file.toString());
    server = ParleyServer.start(readOnly, ServerOptions.readOnly(0));
    writable = Store.open(TestStore.create(dir.resolve("b")).toString());
    ArticleIngest fake =
        articles -> {
          POSTED.add(articles);
          List<ArticleIngest.Outcome> out = new ArrayList<>();
          for (ArticleIngest.Posted p : articles) {
            out.add(
                new ArticleIngest.Outcome(
                    p.get("id").orElseThrow(), "coded", null, List.of(p.get("id").get() + "-e")));
          }
          return new ArticleIngest.Result("run-test", out);
        };
    ingesting = ParleyServer.start(writable, ServerOptions.readOnly(0).withIngest(fake, TOKEN));
  }

  @AfterAll
  static void stop() {
    server.close();
    ingesting.close();
    readOnly.close();
    writable.close();
  }

  static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(ParleyServer s, String auth, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(s.uri().resolve("/api/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void injectionThroughEveryParameterIsA400OrANormalAnswer() throws Exception {
    long events = readOnly.count("events");
    long articles = readOnly.count("articles");
    int answered = 0;
    for (ApiSpec.Endpoint e : ApiSpec.ALL) {
      if (!e.method().equals("get")) {
        continue;
      }
      List<String> paths = new ArrayList<>();
      if (e.path().contains("{")) {
        for (String bad : INJECTIONS) {
          paths.add(e.path().replaceAll("\\{\\w+}", enc(bad).replace("+", "%20")));
        }
      } else {
        paths.add(e.path());
      }
      for (String path : paths) {
        List<String> names = new ArrayList<>();
        e.params().forEach(p -> names.add(p.name()));
        if (names.isEmpty()) {
          names.add(null);
        }
        for (String name : names) {
          for (String bad : INJECTIONS) {
            String uri = path + (name == null ? "" : "?" + name + "=" + enc(bad));
            HttpResponse<String> r = get(ingesting.uri().resolve(uri));
            assertThat(r.statusCode()).as(uri + " -> " + r.body()).isIn(200, 400, 404);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .as(uri + " -> " + r.body())
                .startsWith("application/json");
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() == 200 && body.has("total")) {
              // A free-text filter that matched nothing; never everything.
              assertThat(body.get("total").asLong()).as(uri).isZero();
            } else if (r.statusCode() != 200) {
              assertThat(body.get("error").asText()).as(uri).isNotBlank();
            }
            answered++;
          }
        }
      }
    }
    assertThat(answered).isGreaterThan(500);
    assertThat(writable.count("events")).isEqualTo(events);
    assertThat(writable.count("articles")).isEqualTo(articles);
    assertThat(get(ingesting.uri().resolve("/api/events")).body()).contains("\"total\":6");
  }

  @Test
  void postingWithoutIngestIsForbidden() throws Exception {
    HttpResponse<String> r = post(server, "Bearer " + TOKEN, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(r.body()).get("error").asText())
        .isEqualTo("ingest is disabled; start parley serve with --allow-ingest");
  }

  @Test
  void postingNeedsTheToken() throws Exception {
    byte[] body = "{\"id\":\"n1\",\"text\":\"Kim met Moon.\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> none = post(ingesting, null, body);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(post(ingesting, "Bearer wrong-token-0123456789", body).statusCode()).isEqualTo(401);
    assertThat(post(ingesting, TOKEN, body).statusCode()).isEqualTo(401);
    assertThat(post(ingesting, "Bearer " + TOKEN + "x", body).statusCode()).isEqualTo(401);
    assertThat(POSTED).noneMatch(p -> p.get(0).get("id").orElse("").equals("n1"));
  }

  @Test
  void bodiesOver5MbAre413() throws Exception {
    byte[] big = new byte[(int) ParleyServer.MAX_BODY + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> r = post(ingesting, "Bearer " + TOKEN, big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
  }

  @Test
  void postedArticlesAreCheckedThenIngested() throws Exception {
    String auth = "Bearer " + TOKEN;
    HttpResponse<String> ok =
        post(
            ingesting,
            auth,
            ("[{\"id\":\"p1\",\"text\":\"Kim met Moon.\",\"outlet\":\"Wire\"},"
                    + "{\"id\":\"p2\",\"body\":\"Putin met Xi.\",\"published\":\"2024-01-02\"}]")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(ok.body());
    assertThat(result.get("run_id").asText()).isEqualTo("run-test");
    assertThat(result.get("articles").get(1).get("id").asText()).isEqualTo("p2");
    assertThat(result.get("articles").get(1).get("status").asText()).isEqualTo("coded");
    assertThat(result.get("articles").get(1).get("events").get(0).asText()).isEqualTo("p2-e");
    assertThat(POSTED.get(POSTED.size() - 1).get(0).get("outlet")).hasValue("Wire");

    String[][] bad = {
      {"not json", "not JSON"},
      {"", "empty"},
      {"[]", "1 to 100"},
      {"[1]", "not a JSON object"},
      {"{\"text\":\"x\"}", "no id"},
      {"{\"id\":\"a\"}", "exactly one of text and body"},
      {"{\"id\":\"a\",\"text\":\"x\",\"body\":\"y\"}", "exactly one of text and body"},
      {"{\"id\":\"a\",\"text\":\"x\",\"html\":\"y\"}", "unknown field 'html'"},
      {"{\"id\":\"a\",\"text\":5}", "must be a string"},
      {"[{\"id\":\"a\",\"text\":\"x\"},{\"id\":\"a\",\"text\":\"y\"}]", "repeats id"},
    };
    for (String[] c : bad) {
      HttpResponse<String> r = post(ingesting, auth, c[0].getBytes(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(c[0] + " -> " + r.body()).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("error").asText()).as(c[0]).contains(c[1]);
    }
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= ParleyServer.MAX_ARTICLES; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"text\":\"x\"}");
    }
    HttpResponse<String> r =
        post(ingesting, auth, many.append("]").toString().getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("1 to 100");
  }

  @Test
  void healthSaysWhetherIngestIsOn() throws Exception {
    assertThat(get(server.uri().resolve("/api/health")).body()).contains("\"ingest\":false");
    assertThat(get(ingesting.uri().resolve("/api/health")).body()).contains("\"ingest\":true");
  }
}
