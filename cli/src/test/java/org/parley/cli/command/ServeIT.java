package org.parley.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SeedStore;
import org.parley.cli.run.Pipeline;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.server.ParleyServer;
import org.parley.server.ServerOptions;
import org.parley.store.Store;

/**
 * {@code parley serve} end to end: the seed articles coded into a store, served, read back through
 * the API, and one more article posted with the token, coded by the real pipeline and queryable
 * afterwards.
 */
class ServeIT {
  static final String TOKEN = "serve-it-token-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static JsonNode get(ParleyServer s, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(s.uri().resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void servesTheSeedStoreAndCodesAPostedArticle(@TempDir Path tmp) throws Exception {
    Pipeline pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Store store = Store.open(tmp.resolve("seeds.duckdb").toString())) {
      SeedStore.code(pipeline, store);
      long events = store.count("events");
      ServerOptions options =
          ServerOptions.readOnly(0).withIngest(new PipelineIngest(store, pipeline, quiet), TOKEN);
      try (ParleyServer server = ParleyServer.start(store, options)) {
        JsonNode health = get(server, "/api/health");
        assertThat(health.get("events").asLong()).isEqualTo(events).isPositive();
        assertThat(health.get("ingest").asBoolean()).isTrue();

        JsonNode page = get(server, "/api/events?limit=500");
        assertThat(page.get("total").asLong()).isEqualTo(events);
        String id = page.get("items").get(0).get("event_id").asText();
        JsonNode detail = get(server, "/api/events/" + id);
        String body = detail.get("article").get("body").asText();
        for (JsonNode h : detail.get("highlights")) {
          assertThat(body.substring(h.get("begin").asInt(), h.get("end").asInt()))
              .isEqualTo(h.get("text").asText());
        }
        assertThat(get(server, "/api/actors?q=korea").get("total").asLong()).isPositive();
        assertThat(get(server, "/api/quotes").get("total").asLong()).isPositive();

        String article =
            "{\"id\":\"posted-1\",\"outlet\":\"Wire\",\"published\":\"2019-03-01\","
                + "\"title\":\"Talks\",\"text\":\"SEOUL, March 1 -- South Korean President Moon"
                + " Jae-in met Russian President Vladimir Putin in Moscow on Friday. Moon said the"
                + " two leaders discussed North Korea.\"}";
        HttpResponse<String> posted =
            HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(posted.body());
        assertThat(result.get("run_id").asText()).startsWith("run-");
        JsonNode outcome = result.get("articles").get(0);
        assertThat(outcome.get("id").asText()).isEqualTo("posted-1");
        assertThat(outcome.get("status").asText()).isEqualTo("coded");
        assertThat(outcome.get("events")).isNotEmpty();

        JsonNode mine = get(server, "/api/events?doc=posted-1");
        assertThat(mine.get("total").asLong()).isEqualTo(outcome.get("events").size());
        assertThat(mine.get("items").get(0).get("outlet").asText()).isEqualTo("Wire");
        assertThat(get(server, "/api/articles/posted-1").get("article").get("status").asText())
            .isEqualTo("coded");
        assertThat(get(server, "/api/health").get("events").asLong())
            .isEqualTo(events + outcome.get("events").size());
      }
    }
  }
}
