package org.parley.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small web archives shaped like a news crawl's (Heritrix/wget order of records). */
final class WarcFixtures {
  static final Instant DATE = Instant.parse("2024-05-01T01:00:00Z");

  private WarcFixtures() {}

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article></body></html>\n";
  }

  static byte[] http(String statusLine, String headers, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((statusLine + "\r\n" + headers).getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(
        ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] htmlResponse(String html) {
    return http(
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8\r\n",
        html.getBytes(StandardCharsets.UTF_8));
  }

  static WarcResponse response(String url, byte[] httpBytes) {
    return new WarcResponse.Builder(URI.create(url))
        .date(DATE)
        .body(MediaType.HTTP_RESPONSE, httpBytes)
        .build();
  }

  /**
   * A crawl of a news site: warcinfo, then for each fetch a request and a response; two articles,
   * an image, a 404, a redirect, a revisit, a resource record holding a page, and a chunked
   * gzip-encoded article.
   */
  static void writeCrawl(Path path, WarcCompression compression) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(
                path,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      w.write(
          new Warcinfo.Builder()
              .date(DATE)
              .filename(path.getFileName().toString())
              .fields(Map.of("software", List.of("Heritrix/3.4.0"), "format", List.of("WARC 1.1")))
              .build());
      String a1 = "https://news.example.org/2024/05/01/missile";
      w.write(
          new WarcRequest.Builder(URI.create(a1))
              .date(DATE)
              .body(
                  MediaType.HTTP_REQUEST,
                  ("GET /2024/05/01/missile HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
                      .getBytes(StandardCharsets.ISO_8859_1))
              .build());
      w.write(
          response(
              a1,
              htmlResponse(
                  page(
                      "North Korea fires missile",
                      "SEOUL, May 1 -- North Korea fired a ballistic missile on Wednesday."))));
      w.write(
          response(
              "https://news.example.org/img/lead.jpg",
              http(
                  "HTTP/1.1 200 OK",
                  "Content-Type: image/jpeg\r\n",
                  new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})));
      w.write(
          response(
              "https://news.example.org/missing",
              http(
                  "HTTP/1.1 404 Not Found",
                  "Content-Type: text/html\r\n",
                  "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))));
      w.write(
          response(
              "https://news.example.org/old",
              http(
                  "HTTP/1.1 301 Moved Permanently",
                  "Location: https://news.example.org/new\r\nContent-Type: text/html\r\n",
                  new byte[0])));
      w.write(
          new WarcRevisit.Builder(URI.create(a1), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
              .date(DATE)
              .build());
      w.write(
          new WarcResource.Builder(URI.create("https://news.example.org/print/talks"))
              .date(DATE)
              .body(
                  MediaType.parse("text/html"),
                  page("Talks resume", "GENEVA -- Negotiators met on Tuesday to resume talks.")
                      .getBytes(StandardCharsets.UTF_8))
              .build());
      w.write(
          response(
              "https://news.example.org/2024/05/01/floods",
              chunkedGzip(
                  page("Floods kill 40", "NAIROBI -- Floods killed 40 people, police said."))));
    }
  }

  /** A response as servers send it most often: gzip content, chunked transfer. */
  static byte[] chunkedGzip(String html) {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] body = gz.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    int half = body.length / 2;
    for (int[] part : new int[][] {{0, half}, {half, body.length}}) {
      out.writeBytes(
          (Integer.toHexString(part[1] - part[0]) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, part[0], part[1] - part[0]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** An ARC v1 file (Internet Archive's format before WARC): a filedesc record, then pages. */
  static void writeArc(Path path) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String version = "1 0 Example Crawl\nURL IP-address Archive-date Content-type Archive-length\n";
    String filedesc =
        "filedesc://"
            + path.getFileName()
            + " 0.0.0.0 20240501010000 text/plain "
            + version.getBytes(StandardCharsets.US_ASCII).length
            + "\n";
    out.writeBytes(filedesc.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(version.getBytes(StandardCharsets.US_ASCII));
    out.write('\n');
    byte[] page =
        htmlResponse(page("Election held", "KABUL -- Voters went to the polls on Saturday."));
    out.writeBytes(
        ("http://news.example.org/election 93.184.216.34 20240501011500 text/html "
                + page.length
                + "\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(page);
    out.write('\n');
    byte[] gif =
        http(
            "HTTP/1.0 200 OK",
            "Content-Type: image/gif\r\n",
            "GIF89a".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        ("http://news.example.org/logo.gif 93.184.216.34 20240501011501 image/gif "
                + gif.length
                + "\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(gif);
    out.write('\n');
    Files.write(path, out.toByteArray());
  }
}
