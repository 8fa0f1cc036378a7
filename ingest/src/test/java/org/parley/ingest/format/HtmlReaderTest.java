package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.text.TextDecoder;

class HtmlReaderTest {
  @TempDir Path dir;

  private List<SourceItem> read(Path file, Manifest manifest) {
    List<SourceItem> out = new ArrayList<>();
    new HtmlReader().read(InputFile.of(file), manifest, out::add);
    return out;
  }

  @Test
  void readsAPageAsHtmlWithItsManifestEntry() throws IOException {
    Path page = dir.resolve("kbs-1.html");
    Files.writeString(page, "<html><body><p>Seoul and Tokyo</p></body></html>");
    Path manifest = dir.resolve("manifest.jsonl");
    Files.writeString(manifest, "{\"file\":\"kbs-1.html\",\"id\":\"k1\",\"outlet\":\"KBS\"}\n");
    List<SourceItem> items = read(page, Manifest.load(manifest));
    assertThat(items).hasSize(1);
    SourceDocument doc = (SourceDocument) items.get(0);
    assertThat(doc.type()).isEqualTo(SourceDocument.ContentType.HTML);
    assertThat(doc.text()).isEqualTo("<html><body><p>Seoul and Tokyo</p></body></html>");
    assertThat(doc.metadata().id()).contains("k1");
    assertThat(doc.metadataOrigin()).isEqualTo(SourceDocument.ORIGIN_MANIFEST);
    assertThat(doc.defaultId()).isEqualTo("kbs-1");
  }

  @Test
  void anUndeclaredLegacyPageIsReadWithAWarning() throws IOException {
    Path page = dir.resolve("old.htm");
    Files.write(page, "<p>Kim’s visit</p>".getBytes(TextDecoder.WINDOWS_1252));
    SourceDocument doc = (SourceDocument) read(page, Manifest.none()).get(0);
    assertThat(doc.text()).contains("Kim’s");
    assertThat(doc.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).contains("windows-1252"));
  }

  @Test
  void binaryAndMissingFilesAreRejectedNotThrown() throws IOException {
    Path bin = dir.resolve("x.html");
    Files.write(bin, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(read(bin, Manifest.none())).singleElement().isInstanceOf(SourceRejection.class);
    assertThat(read(dir.resolve("missing.html"), Manifest.none()))
        .singleElement()
        .isInstanceOf(SourceRejection.class);
  }
}
