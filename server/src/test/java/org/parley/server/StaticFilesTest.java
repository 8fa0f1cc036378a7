package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/** The web UI's files are served from the classpath at /, with the same security headers. */
class StaticFilesTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void servesTheWebRootWithSecurityHeaders(@TempDir Path dir) throws Exception {
    Path file = TestStore.create(dir);
    try (Store store = Store.openReadOnly(file.toString());
        ParleyServer server =
            ParleyServer.start(store, ServerOptions.readOnly(0).withWebRoot("/parley-web-test"))) {
      for (String path : new String[] {"/", "/index.html", "/assets/app.js"}) {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(ParleyServer.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      }
      HttpResponse<String> index =
          HTTP.send(
              HttpRequest.newBuilder(server.uri()).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(index.body()).contains("test web root");
      assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      HttpResponse<String> missing =
          HTTP.send(
              HttpRequest.newBuilder(server.uri().resolve("/nope.js")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Security-Policy"))
          .hasValue(ParleyServer.CSP);
      // The API is unaffected.
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(server.uri().resolve("/api/health")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void webRootMustBeAClasspathFolder() {
    for (String bad : new String[] {"", "parley-web", "/../etc", "/a b"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ServerOptions.readOnly(0).withWebRoot(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
