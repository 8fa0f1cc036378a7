package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestRecord;
import org.parley.ingest.IngestSummary;
import org.parley.ingest.Ingestor;
import org.parley.model.ArticleStatus;

/**
 * Seeded random damage to pages, JSON lines, plain text and their gzip forms, read through the
 * whole ingestor (format detection, the readers, extraction, language detection, duplicates): it
 * never throws, never hangs, and every record ends coded, duplicate or skipped with a reason.
 */
class IngestorFuzzTest {
  @TempDir Path dir;

  @Test
  void damagedInputOfEveryKindNeverThrowsAndEveryRecordEndsWithAStatus() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (String page : List.of("guardian", "yonhap", "broken", "listing")) {
      seeds.add(
          new Seed(
              page + ".html",
              Files.readAllBytes(Path.of("src/test/resources/html/" + page + ".html"))));
    }
    String jsonl =
        "{\"id\": \"a\", \"text\": \"Seoul and Tokyo agreed on Monday to resume talks.\","
            + " \"published\": \"2024-05-01\"}\n"
            + "{\"id\": \"b\", \"html\": \"<p>Envoys met in Hanoi on Tuesday.</p>\"}\n"
            + "{\"id\": \"c\", \"text\": \"North Korea fired a missile, Seoul said.\"}\n";
    seeds.add(new Seed("records.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
    seeds.add(
        new Seed("story.txt", Files.readAllBytes(Path.of("src/test/resources/html/README.md"))));
    int plain = seeds.size();
    for (int i = 0; i < plain; i++) {
      seeds.add(new Seed(seeds.get(i).name() + ".gz", gzip(seeds.get(i).bytes())));
    }
    Random random = new Random(20261123L);
    long end = System.nanoTime() + Mutations.budgetNanos();
    int runs = 0;
    while (System.nanoTime() < end || runs < 30) {
      Seed seed = seeds.get(random.nextInt(seeds.size()));
      Path file = dir.resolve("run" + (runs % 4)).resolve(seed.name());
      Files.createDirectories(file.getParent());
      Files.write(file, Mutations.mutate(seed.bytes(), random));
      List<IngestRecord> records = new ArrayList<>();
      IngestSummary[] summary = new IngestSummary[1];
      int run = runs;
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () ->
              summary[0] =
                  Ingestor.create().read(List.of(file.getParent()), Optional.empty(), records::add),
          () -> "run " + run + " on " + seed.name() + " did not finish");
      assertThat(records).as("run %d on %s", runs, seed.name()).isNotEmpty();
      assertThat(summary[0].records()).isEqualTo(records.size());
      for (IngestRecord r : records) {
        assertThat(r.location()).startsWith(file.toString());
        if (r.status().kind() == ArticleStatus.Kind.SKIPPED) {
          assertThat(r.status().detail()).isNotBlank();
        } else {
          assertThat(r.article()).isPresent();
        }
      }
      Files.delete(file);
      runs++;
    }
    assertThat(runs).isGreaterThanOrEqualTo(30);
  }

  private record Seed(String name, byte[] bytes) {}

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
