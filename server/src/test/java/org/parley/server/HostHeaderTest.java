package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * A server on a loopback address answers only requests addressed to a loopback name, so that a web
 * page whose domain was re-pointed at 127.0.0.1 (DNS rebinding) cannot read it.
 */
class HostHeaderTest {
  /** The raw response to a GET of {@code path} with header {@code Host: host}. */
  static String raw(ParleyServer server, String path, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void foreignHostNamesAreRefused(@TempDir Path dir) throws Exception {
    Path file = TestStore.create(dir);
    try (Store store = Store.openReadOnly(file.toString());
        ParleyServer server =
            ParleyServer.start(store, ServerOptions.readOnly(0).withWebRoot("/parley-web-test"))) {
      int port = server.port();
      for (String host :
          new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port}) {
        assertThat(raw(server, "/api/health", host)).as(host).startsWith("HTTP/1.1 200");
      }
      for (String host :
          new String[] {"evil.example:" + port, "evil.example", "127.0.0.1.evil.example"}) {
        for (String path : new String[] {"/api/events", "/", "/index.html"}) {
          String r = raw(server, path, host);
          assertThat(r).as(host + path).startsWith("HTTP/1.1 400");
          assertThat(r).contains("unexpected Host header").doesNotContain("test web root");
        }
      }
    }
  }

  @Test
  void hostNamesAreParsed() {
    assertThat(ParleyServer.hostName("localhost:7070")).isEqualTo("localhost");
    assertThat(ParleyServer.hostName("[::1]:7070")).isEqualTo("::1");
    assertThat(ParleyServer.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(ParleyServer.isLoopbackName("127.1.2.3")).isTrue();
    assertThat(ParleyServer.isLoopbackName("app.localhost")).isTrue();
    assertThat(ParleyServer.isLoopbackName("127.0.0.1.nip.io")).isFalse();
    assertThat(ParleyServer.isLoopbackName(null)).isFalse();
  }
}
