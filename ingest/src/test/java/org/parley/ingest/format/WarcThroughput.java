package org.parley.ingest.format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Measures the WARC reader alone on a generated crawl of 2,000 HTML responses (about 30 KB each,
 * gzip per record): run by hand, not a test.
 */
final class WarcThroughput {
  private WarcThroughput() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path file = Files.createTempFile("throughput", ".warc.gz");
    StringBuilder para = new StringBuilder();
    while (para.length() < 30_000) {
      para.append("SEOUL -- Officials met on Tuesday to discuss the talks, a spokesman said. ");
    }
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.Channels.newChannel(Files.newOutputStream(file)),
            WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        w.write(
            WarcFixtures.response(
                "https://news.example.org/story/" + i,
                WarcFixtures.htmlResponse(WarcFixtures.page("Story " + i, i + " " + para))));
      }
    }
    long size = Files.size(file);
    WarcReader reader = new WarcReader();
    for (int round = 0; round < 5; round++) {
      AtomicLong docs = new AtomicLong();
      AtomicLong chars = new AtomicLong();
      long t0 = System.nanoTime();
      reader.read(
          InputFile.of(file),
          Manifest.none(),
          item -> {
            if (item instanceof SourceDocument d) {
              docs.incrementAndGet();
              chars.addAndGet(d.text().getBytes(StandardCharsets.UTF_8).length);
            }
          });
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "round %d: %d records in %.3f s = %.0f records/s, %.1f MB/s compressed (%d B),"
              + " %.1f MB/s of HTML%n",
          round, docs.get(), s, docs.get() / s, size / s / 1e6, size, chars.get() / s / 1e6);
    }
    Files.delete(file);
  }
}
