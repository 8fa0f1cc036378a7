package org.parley.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcReaderTest {
  @TempDir Path dir;

  private final WarcReader reader = new WarcReader();

  private List<SourceItem> read(Path file) {
    List<SourceItem> items = new ArrayList<>();
    reader.read(InputFile.of(file), Manifest.none(), items::add);
    return items;
  }

  private static List<SourceDocument> documents(List<SourceItem> items) {
    return items.stream()
        .filter(SourceDocument.class::isInstance)
        .map(SourceDocument.class::cast)
        .toList();
  }

  private static List<SourceRejection> rejections(List<SourceItem> items) {
    return items.stream()
        .filter(SourceRejection.class::isInstance)
        .map(SourceRejection.class::cast)
        .toList();
  }

  @Test
  void readsHtmlResponsesAndResourcesAndCountsTheRest() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file = dir.resolve(compression == WarcCompression.GZIP ? "c.warc.gz" : "c.warc");
      WarcFixtures.writeCrawl(file, compression);
      List<SourceItem> items = read(file);
      List<SourceDocument> docs = documents(items);
      assertThat(docs)
          .extracting(d -> d.metadata().url().orElseThrow())
          .containsExactly(
              "https://news.example.org/2024/05/01/missile",
              "https://news.example.org/print/talks",
              "https://news.example.org/2024/05/01/floods");
      SourceDocument first = docs.get(0);
      assertThat(first.type()).isEqualTo(SourceDocument.ContentType.HTML);
      assertThat(first.text()).startsWith("<!DOCTYPE html>").contains("SEOUL, May 1");
      assertThat(first.metadataOrigin()).isEqualTo(SourceDocument.ORIGIN_RECORD);
      assertThat(first.defaultId()).matches("warc-[0-9a-f]{16}");
      assertThat(first.metadata().id()).contains(first.defaultId());
      assertThat(first.record()).matches("record 3 @ offset \\d+");
      assertThat(first.diagnostics()).isEmpty();
      assertThat(docs.get(2).text()).contains("NAIROBI -- Floods killed 40");
      assertThat(docs).extracting(SourceDocument::defaultId).doesNotHaveDuplicates();
      List<SourceRejection> rejected = rejections(items);
      assertThat(rejected).hasSize(1);
      assertThat(rejected.get(0).reason()).isEqualTo("non-article records");
      assertThat(rejected.get(0).diagnostics().get(0).reason())
          .isEqualTo(
              "9 records: 3 HTML pages, 6 not articles (image/jpeg 1, request 1, revisit 1,"
                  + " status 301 1, status 404 1, warcinfo 1)");
    }
  }

  @Test
  void idsAreStableAcrossReadsAndOffsetsPointAtTheRecord() throws IOException {
    Path file = dir.resolve("c.warc");
    WarcFixtures.writeCrawl(file, WarcCompression.NONE);
    List<SourceDocument> once = documents(read(file));
    List<SourceDocument> twice = documents(read(file));
    assertThat(once)
        .extracting(SourceDocument::defaultId)
        .isEqualTo(twice.stream().map(SourceDocument::defaultId).toList());
    byte[] bytes = Files.readAllBytes(file);
    for (SourceDocument d : once) {
      int offset = Integer.parseInt(d.record().replaceAll(".* @ offset ", ""));
      assertThat(new String(bytes, offset, 7, StandardCharsets.US_ASCII)).isEqualTo("WARC/1.");
    }
  }

  @Test
  void readsArcFiles() throws IOException {
    Path file = dir.resolve("old.arc");
    WarcFixtures.writeArc(file);
    List<SourceItem> items = read(file);
    List<SourceDocument> docs = documents(items);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).metadata().url()).contains("http://news.example.org/election");
    assertThat(docs.get(0).text()).contains("KABUL -- Voters");
    assertThat(docs.get(0).defaultId()).matches("warc-[0-9a-f]{16}");
    assertThat(rejections(items))
        .extracting(SourceRejection::reason)
        .containsExactly("non-article records");
  }

  @Test
  void sniffsHtmlWhenTheTypeIsGeneric() {
    assertThat(
            WarcReader.looksLikeHtml("\n  <!doctype html><html>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(WarcReader.looksLikeHtml("<HTML>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(WarcReader.looksLikeHtml("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(WarcReader.looksLikeHtml("%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(WarcReader.isHtmlType("application/octet-stream", java.util.Optional.empty()))
        .isEmpty();
    assertThat(WarcReader.isHtmlType("", java.util.Optional.of("text/html"))).contains(true);
    assertThat(WarcReader.isHtmlType("Text/HTML; charset=utf-8", java.util.Optional.empty()))
        .contains(true);
    assertThat(WarcReader.isHtmlType("application/json", java.util.Optional.empty()))
        .contains(false);
  }

  @Test
  void aTruncatedGzipArchiveKeepsThePagesBeforeTheCut() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    WarcFixtures.writeCrawl(whole, WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 40));
    List<SourceItem> items = read(cut);
    assertThat(documents(items)).hasSize(2);
    SourceRejection truncated = rejections(items).get(0);
    assertThat(truncated.reason()).isEqualTo("truncated record");
    assertThat(truncated.location()).matches(".*cut.warc.gz:record 9 @ offset \\d+");
    assertThat(truncated.diagnostics().get(0).offset()).isPositive();
  }

  @Test
  void aCorruptGzipMemberCostsOnlyThatRecord() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    WarcFixtures.writeCrawl(whole, WarcCompression.GZIP);
    List<SourceDocument> good = documents(read(whole));
    byte[] bytes = Files.readAllBytes(whole);
    String second = good.get(1).record();
    int offset = Integer.parseInt(second.replaceAll(".* @ offset ", ""));
    for (int i = offset + 20; i < offset + 60; i++) {
      bytes[i] = (byte) 0x55;
    }
    Path bad = dir.resolve("bad.warc.gz");
    Files.write(bad, bytes);
    List<SourceItem> items = read(bad);
    assertThat(documents(items))
        .extracting(d -> d.metadata().url().orElseThrow())
        .containsExactly(
            "https://news.example.org/2024/05/01/missile",
            "https://news.example.org/2024/05/01/floods");
    assertThat(rejections(items).get(0).reason()).isEqualTo("corrupt gzip member");
    assertThat(rejections(items).get(0).diagnostics().get(0).reason())
        .contains("reading resumes at offset");
  }

  @Test
  void garbageBetweenRecordsIsSkippedToTheNextRecord() throws IOException {
    Path whole = dir.resolve("whole.warc");
    WarcFixtures.writeCrawl(whole, WarcCompression.NONE);
    List<SourceDocument> good = documents(read(whole));
    byte[] bytes = Files.readAllBytes(whole);
    int offset = Integer.parseInt(good.get(1).record().replaceAll(".* @ offset ", ""));
    byte[] junk = "this line is not a WARC header\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[bytes.length + junk.length];
    System.arraycopy(bytes, 0, out, 0, offset);
    System.arraycopy(junk, 0, out, offset, junk.length);
    System.arraycopy(bytes, offset, out, offset + junk.length, bytes.length - offset);
    Path bad = dir.resolve("junk.warc");
    Files.write(bad, out);
    List<SourceItem> items = read(bad);
    assertThat(documents(items)).hasSize(3);
    assertThat(rejections(items).get(0).reason()).isEqualTo("invalid record header");
  }

  @Test
  void aTextFileNamedWarcIsOneLocatedRejection() throws IOException {
    Path file = dir.resolve("notes.warc");
    Files.writeString(file, "These are my notes about the crawl.\nNothing else.\n");
    List<SourceItem> items = read(file);
    assertThat(items).hasSize(1);
    SourceRejection r = (SourceRejection) items.get(0);
    assertThat(r.reason()).isEqualTo("not a WARC or ARC file");
    assertThat(r.location()).endsWith("notes.warc:record 1 @ offset 0");
  }

  @Test
  void anEmptyFileSaysItHasNoRecords() throws IOException {
    Path file = dir.resolve("empty.warc");
    Files.write(file, new byte[0]);
    assertThat(rejections(read(file)))
        .extracting(SourceRejection::reason)
        .containsExactly("no WARC records");
  }
}
