package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path dir;

  private final FeedReader reader = new FeedReader();

  static Path fixture(String name) {
    try {
      return Path.of(FeedReaderTest.class.getResource("/feed/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<SourceItem> read(Path file) {
    List<SourceItem> items = new ArrayList<>();
    reader.read(InputFile.of(file), Manifest.none(), items::add);
    return items;
  }

  @Test
  void readsRssItemsWithTheirFullStoryAndMetadata() {
    List<SourceItem> items = read(fixture("yonhap-rss.xml"));
    assertThat(items).hasSize(3);
    SourceDocument first = (SourceDocument) items.get(0);
    assertThat(first.record()).isEqualTo("item 1");
    assertThat(first.type()).isEqualTo(SourceDocument.ContentType.HTML);
    assertThat(first.text()).startsWith("<p>SEOUL, May 1 (Yonhap) -- North Korea fired");
    assertThat(first.metadataOrigin()).isEqualTo(SourceDocument.ORIGIN_FEED);
    SourceMetadata m = first.metadata();
    assertThat(m.id()).contains("AEN20240501000751315");
    assertThat(m.url()).contains("https://en.yna.co.kr/view/AEN20240501000751315");
    assertThat(m.title()).contains("N. Korea fires ballistic missile into East Sea: JCS");
    assertThat(m.published()).contains("2024-05-01T07:12+09:00");
    assertThat(m.outlet()).contains("Yonhap News Agency - North Korea");
    assertThat(m.language()).contains("en");
    SourceDocument second = (SourceDocument) items.get(1);
    assertThat(second.type()).isEqualTo(SourceDocument.ContentType.TEXT);
    assertThat(second.text()).startsWith("South Korea and the United States held talks");
    assertThat(second.metadata().id()).contains("https://en.yna.co.kr/view/AEN20240430004200315");
    SourceRejection empty = (SourceRejection) items.get(2);
    assertThat(empty.reason()).isEqualTo("empty feed item");
    assertThat(empty.location()).endsWith("yonhap-rss.xml:item 3");
  }

  @Test
  void readsAtomEntriesPreferringContentToSummary() {
    List<SourceItem> items = read(fixture("guardian-atom.xml"));
    assertThat(items).hasSize(2);
    SourceDocument first = (SourceDocument) items.get(0);
    assertThat(first.type()).isEqualTo(SourceDocument.ContentType.HTML);
    assertThat(first.text()).startsWith("<p>Colombia's president, Gustavo Petro");
    assertThat(first.metadata().id())
        .contains("https://www.theguardian.com/world/2024/may/01/colombia-israel-diplomatic-ties");
    assertThat(first.metadata().published()).contains("2024-05-01T23:05:00-05:00");
    assertThat(first.metadata().outlet()).contains("World news | The Guardian");
    SourceDocument second = (SourceDocument) items.get(1);
    assertThat(second.type()).isEqualTo(SourceDocument.ContentType.TEXT);
    assertThat(second.metadata().id()).contains("tag:theguardian.com,2024:world/kenya-floods");
    assertThat(second.metadata().published()).contains("2024-05-01T08:00:00+03:00");
  }

  @Test
  void aMalformedFeedIsOneLocatedRejection() {
    List<SourceItem> items = read(fixture("malformed.rss"));
    assertThat(items).hasSize(1);
    SourceRejection r = (SourceRejection) items.get(0);
    assertThat(r.reason()).isEqualTo("malformed feed");
    assertThat(r.diagnostics().get(0).reason()).contains("line");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    Path feed = dir.resolve("xxe.rss");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
            + "<description>before &xxe; after</description></item></channel></rss>\n",
        StandardCharsets.UTF_8);
    List<SourceItem> items = read(feed);
    assertThat(items).isNotEmpty();
    assertThat(items.toString()).doesNotContain("TOP-SECRET-CONTENT");
    assertThat(items).allMatch(SourceRejection.class::isInstance);
  }

  @Test
  void sniffsFeedsByTheirRootElement() throws IOException {
    assertThat(
            FeedReader.looksLikeFeed(
                bytes("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">")))
        .isTrue();
    assertThat(FeedReader.looksLikeFeed(bytes("<feed xmlns=\"http://www.w3.org/2005/Atom\">")))
        .isTrue();
    assertThat(FeedReader.looksLikeFeed(bytes("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")))
        .isTrue();
    assertThat(FeedReader.looksLikeFeed(bytes("<?xml version=\"1.0\"?><urlset>"))).isFalse();
    assertThat(FeedReader.looksLikeFeed(bytes("<!DOCTYPE html><html>"))).isFalse();
    assertThat(FeedReader.looksLikeFeed(bytes("plain text"))).isFalse();
    Path sitemap = dir.resolve("sitemap.xml");
    Files.writeString(sitemap, "<?xml version=\"1.0\"?><urlset></urlset>");
    Path feed = dir.resolve("world.xml");
    Files.copy(fixture("guardian-atom.xml"), feed);
    assertThat(InputFormat.detect("sitemap.xml", Files.readAllBytes(sitemap), false))
        .isEqualTo(InputFormat.OTHER);
    assertThat(InputFormat.detect("world.xml", Files.readAllBytes(feed), false))
        .isEqualTo(InputFormat.FEED);
    assertThat(InputFormat.detect("news.rss", bytes("not even xml"), false))
        .isEqualTo(InputFormat.FEED);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
