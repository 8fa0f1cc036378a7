package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcReaderFuzzTest {
  @TempDir Path dir;

  @Test
  void damagedArchivesNeverThrowAndYieldWellFormedItems() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    List<String> names = List.of("a.warc", "a.warc.gz", "a.arc");
    WarcFixtures.writeCrawl(dir.resolve("a.warc"), WarcCompression.NONE);
    WarcFixtures.writeCrawl(dir.resolve("a.warc.gz"), WarcCompression.GZIP);
    WarcFixtures.writeArc(dir.resolve("a.arc"));
    for (String name : names) {
      seeds.add(Files.readAllBytes(dir.resolve(name)));
    }
    Random random = new Random(20240501L);
    WarcReader reader = new WarcReader();
    long end = System.nanoTime() + Mutations.budgetNanos();
    int runs = 0;
    while (System.nanoTime() < end || runs < 20) {
      int which = random.nextInt(seeds.size());
      byte[] mutated = Mutations.mutate(seeds.get(which), random);
      Path file = dir.resolve("m" + runs % 4 + "-" + names.get(which));
      Files.write(file, mutated);
      List<SourceItem> items = new ArrayList<>();
      int run = runs;
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> reader.read(InputFile.of(file), Manifest.none(), items::add),
          () -> "run " + run + " did not finish");
      assertThat(items).as("run %d", runs).isNotEmpty();
      for (SourceItem item : items) {
        assertThat(item.location()).startsWith(file.toString());
        if (item instanceof SourceDocument d) {
          assertThat(d.type()).isEqualTo(SourceDocument.ContentType.HTML);
          assertThat(d.defaultId()).matches("warc-[0-9a-f]{16}");
          assertThat(d.record()).matches("record \\d+ @ offset \\d+");
        } else if (item instanceof SourceRejection r) {
          assertThat(r.diagnostics()).isNotEmpty();
        }
      }
      runs++;
    }
    assertThat(runs).isGreaterThanOrEqualTo(20);
  }
}
