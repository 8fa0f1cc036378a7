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

class FeedReaderFuzzTest {
  @TempDir Path dir;

  @Test
  void damagedFeedsNeverThrowAndYieldWellFormedItems() throws IOException {
    List<byte[]> seeds =
        List.of(
            Files.readAllBytes(FeedReaderTest.fixture("yonhap-rss.xml")),
            Files.readAllBytes(FeedReaderTest.fixture("guardian-atom.xml")));
    Random random = new Random(20240502L);
    FeedReader reader = new FeedReader();
    long end = System.nanoTime() + Mutations.budgetNanos();
    int runs = 0;
    while (System.nanoTime() < end || runs < 20) {
      byte[] mutated = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
      Path file = dir.resolve("m" + runs % 4 + ".rss");
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
          assertThat(d.metadataOrigin()).isEqualTo(SourceDocument.ORIGIN_FEED);
          assertThat(d.text()).isNotBlank();
          assertThat(d.record()).matches("item \\d+");
          assertThat(d.metadata().id()).contains(d.defaultId());
        } else if (item instanceof SourceRejection r) {
          assertThat(r.diagnostics()).isNotEmpty();
        }
      }
      runs++;
    }
    assertThat(runs).isGreaterThanOrEqualTo(20);
  }
}
