package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {
  private static InputFormat walked(String name, String head) {
    return InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8), false);
  }

  private static InputFormat named(String name, String head) {
    return InputFormat.detect(name, head.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void contentDecidesBeforeTheName() {
    assertThat(walked("crawl.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"))
        .isEqualTo(InputFormat.WARC);
    assertThat(walked("old", "filedesc://IA-001.arc 0.0.0.0 20040101 text/plain 77\n"))
        .isEqualTo(InputFormat.WARC);
    assertThat(walked("saved-page", "<!DOCTYPE html><html><head>")).isEqualTo(InputFormat.HTML);
    assertThat(walked("page.txt", "  <html lang=\"en\"><body><p>Talks.</p>"))
        .isEqualTo(InputFormat.HTML);
    assertThat(walked("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"))
        .isEqualTo(InputFormat.FEED);
    assertThat(walked("dump.json", "{\"id\": \"a\", \"text\": \"Talks.\"}\n"))
        .isEqualTo(InputFormat.JSONL);
    assertThat(walked("anything.jsonl", "{\"file\": \"a.txt\", \"id\": \"a\"}\n"))
        .isEqualTo(InputFormat.MANIFEST);
  }

  @Test
  void aJsonDocumentOrOtherTextInADirectoryIsNotInput() {
    assertThat(walked("expected.json", "{\n  \"articles\": [\n")).isEqualTo(InputFormat.OTHER);
    assertThat(walked("notes.json", "{}")).isEqualTo(InputFormat.OTHER);
    assertThat(walked("sitemap.xml", "<?xml version=\"1.0\"?><urlset>"))
        .isEqualTo(InputFormat.OTHER);
    assertThat(walked("README.md", "# Notes\n")).isEqualTo(InputFormat.OTHER);
    assertThat(walked("story.txt", "Talks ended.")).isEqualTo(InputFormat.TEXT);
    assertThat(walked("story", "Talks ended.")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void aFileTheUserNamedIsReadAsTextWhenNothingElseFits() {
    assertThat(named("README.md", "# Notes\n")).isEqualTo(InputFormat.TEXT);
    assertThat(named("broken.jsonl", "{\"id\": \"a\", \"text\": ")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void namesDecideForBrokenFilesOfAKnownKind() {
    assertThat(walked("cut.warc", "garbage")).isEqualTo(InputFormat.WARC);
    assertThat(walked("broken.rss", "not xml")).isEqualTo(InputFormat.FEED);
    assertThat(walked("broken.html", "no tags at all")).isEqualTo(InputFormat.HTML);
    assertThat(walked("image.txt", "\u0000\u0001PNG")).isEqualTo(InputFormat.BINARY);
  }
}
