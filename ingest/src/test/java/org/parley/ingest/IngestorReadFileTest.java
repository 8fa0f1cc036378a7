package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.format.InputFile;
import org.parley.ingest.format.Manifest;

/** {@link Ingestor#readFile}: one fetched file, read as {@link Ingestor#read} reads it. */
class IngestorReadFileTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));

  @TempDir Path dir;

  private final List<IngestRecord> records = new ArrayList<>();

  private List<String> labels() {
    return records.stream().map(r -> r.status().label()).toList();
  }

  @Test
  void aSpooledTextFileKeepsItsOwnLocationAndTakesItsManifestEntry() throws IOException {
    Path spooled = dir.resolve("000_3e80e674ad0fd29e.txt");
    Files.copy(SEEDS.resolve("000_3e80e674ad0fd29e.txt"), spooled);
    String location = "hdfs://cluster/corpus/000_3e80e674ad0fd29e.txt";

    Ingestor.create()
        .readFile(
            InputFile.of(spooled, location),
            Manifest.load(SEEDS.resolve("manifest.jsonl")),
            false,
            records::add);

    assertThat(labels()).containsExactly("coded");
    assertThat(records.get(0).article().orElseThrow().id())
        .isEqualTo("kbs-2020-02-13-moon-aide-russia");
    assertThat(records.get(0).article().orElseThrow().source()).isEqualTo(location);
  }

  @Test
  void givesTheSameRecordsAsReadForAJsonlFileWithADuplicate() throws IOException {
    String text = "Moon Jae-in met Vladimir Putin in Moscow on Tuesday to discuss trade.";
    Path jsonl = dir.resolve("a.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"a\",\"text\":\""
            + text
            + "\"}\n{\"id\":\"b\",\"text\":\""
            + text
            + "\"}\n{\"id\":\"c\"}\n",
        StandardCharsets.UTF_8);

    Ingestor.create().readFile(InputFile.of(jsonl), Manifest.none(), true, records::add);
    List<String> oneFile = labels();
    records.clear();
    Ingestor.create().read(List.of(jsonl), Optional.empty(), records::add);

    assertThat(oneFile).isEqualTo(labels());
    assertThat(oneFile).hasSize(3).startsWith("coded", "duplicate");
    assertThat(oneFile.get(2)).startsWith("skipped: ");
  }

  @Test
  void aManifestGivesNoArticleAndAnEmptyFileIsAccountedFor() throws IOException {
    Ingestor.create()
        .readFile(
            InputFile.of(SEEDS.resolve("manifest.jsonl")), Manifest.none(), false, records::add);
    assertThat(records).isEmpty();

    for (String name : List.of("empty.txt", "blank.jsonl")) {
      Path empty = Files.writeString(dir.resolve(name), name.endsWith(".txt") ? "" : "\n\n");
      records.clear();
      Ingestor.create().readFile(InputFile.of(empty), Manifest.none(), true, records::add);
      List<String> oneFile = labels();
      records.clear();
      Ingestor.create().read(List.of(empty), Optional.empty(), records::add);
      assertThat(oneFile).hasSize(1).isEqualTo(labels());
      assertThat(oneFile.get(0)).startsWith("skipped: ");
    }
  }
}
