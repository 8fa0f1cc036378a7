package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.Diagnostic;

/** The ingestor over every input kind: pages, feeds, archives, gzip, stdin, and their failures. */
class IngestFormatsTest {
  private static final Path HTML = Path.of("src/test/resources/html");
  private static final Path FEEDS = Path.of("src/test/resources/feed");

  @TempDir Path dir;

  private final List<IngestRecord> records = new ArrayList<>();

  private IngestSummary read(Path... inputs) {
    return Ingestor.create().read(List.of(inputs), Optional.empty(), records::add);
  }

  private IngestRecord record(String idOrLocationPart) {
    return records.stream()
        .filter(
            r ->
                r.article().map(Article::id).orElse("").equals(idOrLocationPart)
                    || r.location().endsWith(idOrLocationPart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record " + idOrLocationPart + " in " + records));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aSavedPageIsReadAsItsStoryWithItsMetadata() {
    read(HTML.resolve("guardian.html"));
    Article a = record("guardian").findCodable().orElseThrow();
    assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Blinken arrives"));
    assertThat(a.outlet()).isPresent();
    assertThat(a.url()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
    assertThat(a.publishedSource()).isEqualTo("json-ld");
    assertThat(a.language()).contains("en");
    assertThat(a.body()).doesNotContain("Sign up", "cookies");
    // Every body character that was copied maps back to the same character of the page.
    String page = readString(HTML.resolve("guardian.html"));
    int i = a.body().indexOf("Beijing");
    assertThat(page.substring(a.toOriginalOffset(i), a.toOriginalOffset(i) + 7))
        .isEqualTo("Beijing");
  }

  @Test
  void aListingPageIsSkippedWithTheReason() {
    read(HTML.resolve("listing.html"));
    IngestRecord r = record("listing");
    assertThat(r.status().label()).isEqualTo("skipped: empty text");
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d.reason()).contains("listing of other pages"));
  }

  @Test
  void gzipFilesAreReadThroughTheirContentWhateverTheirName() throws IOException {
    byte[] page = Files.readAllBytes(HTML.resolve("bbc.html"));
    Files.write(dir.resolve("bbc.html.gz"), gzip(page));
    Files.write(
        dir.resolve("records.jsonl.gz"),
        gzip(
            "{\"id\": \"g1\", \"text\": \"Seoul and Tokyo agreed to resume talks on Monday.\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
    read(dir);
    assertThat(record("bbc").status()).isEqualTo(ArticleStatus.coded());
    assertThat(record("bbc").location()).endsWith("bbc.html.gz");
    assertThat(record("g1").status()).isEqualTo(ArticleStatus.coded());
  }

  @Test
  void aTruncatedGzipKeepsTheRecordsBeforeTheCutAndLocatesIt() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines.append(
          "{\"id\": \"r" + i + "\", \"text\": \"Story " + i + " about talks in Geneva.\"}\n");
    }
    byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length * 2 / 3));
    read(cut);
    assertThat(records).hasSizeGreaterThan(100);
    assertThat(records.get(0).status()).isEqualTo(ArticleStatus.coded());
    IngestRecord last = records.get(records.size() - 1);
    assertThat(last.status().label()).isEqualTo("skipped: unreadable file");
    assertThat(last.diagnostics().get(0).file()).isEqualTo(cut.toString());
    assertThat(last.diagnostics().get(0).record()).isNotEmpty();
    assertThat(last.diagnostics().get(0).reason()).contains("Unexpected end of ZLIB input stream");
  }

  @Test
  void standardInputIsReadAsDashAndDetectedByContent() {
    byte[] in =
        "{\"id\": \"s1\", \"text\": \"The ministers met in Hanoi.\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    Ingestor.create()
        .withStdin(() -> new ByteArrayInputStream(in))
        .read(List.of(Path.of("-")), Optional.empty(), records::add);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).location()).isEqualTo("<stdin>:1");
    assertThat(records.get(0).article().map(Article::id)).contains("s1");
  }

  @Test
  void aManifestAmongTheInputsAppliesToTheTextFilesBesideIt() throws IOException {
    write("in/a.txt", "Seoul and Tokyo agreed to resume talks on Monday.");
    write("in/zz-manifest.jsonl", "{\"file\": \"a.txt\", \"id\": \"A\", \"outlet\": \"Yonhap\"}\n");
    write("in/expected.json", "{\n  \"events\": []\n}\n");
    IngestSummary summary = read(dir.resolve("in"));
    assertThat(record("A").article().flatMap(Article::outlet)).contains("Yonhap");
    assertThat(record("expected.json").status().label())
        .isEqualTo("skipped: not an input file type");
    assertThat(records).hasSize(2);
    assertThat(summary.notes()).singleElement().asString().contains("zz-manifest.jsonl");
  }

  @Test
  void sameUrlAndNearDuplicatesAreMarkedWithTheirBasisAndSimilarity() throws IOException {
    String story =
        String.join(
            " ",
            "North Korea fired two short-range ballistic missiles into the sea off its east coast",
            "on Thursday, South Korea's military said, days after Pyongyang warned it would respond",
            "to joint drills by Seoul and Washington. The Joint Chiefs of Staff said the missiles",
            "were launched from near Wonsan and flew about 400 kilometres before falling into the",
            "water. Japan's defence ministry said they landed outside its exclusive economic zone.",
            "The launches were the first since talks between Pyongyang and Washington stalled.");
    write(
        "wire.jsonl",
        String.join(
            "\n",
            json("w1", story, "https://www.example.com/world/1?utm_source=rss"),
            json("w2", "UPDATED: " + story, "http://example.com/world/1"),
            json("w3", story.replace("on Thursday", "on Thursday morning") + " (Reuters)", null),
            json("w4", "An unrelated story about flooding in Kenya and the rains.", null),
            ""));
    read(dir.resolve("wire.jsonl"));
    assertThat(record("w1").status()).isEqualTo(ArticleStatus.coded());
    assertThat(record("w2").status().basis()).isEqualTo(ArticleStatus.SAME_URL);
    assertThat(record("w2").status().detail()).isEqualTo("w1");
    ArticleStatus near = record("w3").status();
    assertThat(near.kind()).isEqualTo(ArticleStatus.Kind.DUPLICATE);
    assertThat(near.basis()).isEqualTo(ArticleStatus.NEAR_DUPLICATE);
    assertThat(near.similarity()).isBetween(0.7, 1.0);
    assertThat(record("w4").status()).isEqualTo(ArticleStatus.coded());
  }

  @Test
  void aFeedItemWhosePageIsGivenIsItsDuplicateAndLendsItsDate() throws IOException {
    String page =
        "<html><head><link rel=\"canonical\" href=\"https://news.example.org/2024/talks\">"
            + "<title>Talks</title></head><body><article><h1>Envoys meet</h1>"
            + "<p>Envoys of the two Koreas met at the truce village of Panmunjom to discuss"
            + " family reunions, the unification ministry in Seoul said.</p><p>The meeting, the"
            + " first in two years, ended with an agreement to meet again in a month, officials"
            + " said after the talks.</p></article></body></html>";
    write("site/page.html", page);
    write(
        "site/feed.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
            + "<item><title>Envoys meet</title><link>https://news.example.org/2024/talks?ref=rss"
            + "</link><guid>item-1</guid><pubDate>Tue, 30 Apr 2024 09:00:00 +0900</pubDate>"
            + "<description>Envoys of the two Koreas met at Panmunjom.</description></item>"
            + "<item><title>Other</title><link>https://news.example.org/2024/other</link>"
            + "<guid>item-2</guid><description>Japan and China held talks on trade in"
            + " Beijing on Monday.</description></item></channel></rss>");
    read(dir.resolve("site"));
    Article coded = record("page").findCodable().orElseThrow();
    assertThat(coded.published().map(Object::toString)).contains("2024-04-30");
    assertThat(coded.publishedSource()).isEqualTo("feed");
    assertThat(record("item-1").status().detail()).isEqualTo("page");
    assertThat(record("item-1").status().basis()).isEqualTo(ArticleStatus.FEED_ITEM);
    assertThat(record("item-2").status()).isEqualTo(ArticleStatus.coded());
  }

  @Test
  void foreignLanguageTextIsSkippedEvenWhenUnlabelled() throws IOException {
    write(
        "fr.txt",
        "Le président de la République a reçu mardi à l'Élysée le premier ministre japonais"
            + " pour un entretien consacré à la sécurité en Asie et aux échanges commerciaux.");
    write("ko.txt", "문재인 대통령은 13일 청와대에서 러시아 국가안보회의 서기를 접견하고 한반도 비핵화 문제를 논의했다.");
    read(dir);
    assertThat(record("fr.txt").status().label()).isEqualTo("skipped: language fr");
    assertThat(record("ko.txt").status().label()).isEqualTo("skipped: language ko");
  }

  @Test
  void aHugeJsonLineAndAnOverlongStoryAreSkippedWithoutStoppingTheRun() throws IOException {
    Path big = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "talks ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n <= (50L << 20) / block.length; n++) {
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(
          ("{\"id\": \"long\", \"text\": \"" + "Talks went on. ".repeat(80_000) + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"id\": \"ok\", \"text\": \"The envoys met in Hanoi.\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    read(big);
    assertThat(records.get(0).status().label()).isEqualTo("skipped: record too large");
    assertThat(records.get(0).diagnostics().get(0).record()).isEqualTo("1");
    assertThat(record("long").status().label()).isEqualTo("skipped: text too long");
    assertThat(record("ok").status()).isEqualTo(ArticleStatus.coded());
  }

  @Test
  void aMixedEncodingJsonLineIsReadWithAWarningAndTheOthersAsUtf8() throws IOException {
    byte[] utf8 =
        "{\"id\": \"u\", \"text\": \"Caf\u00e9 talks in S\u00e3o Paulo ended.\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 =
        "{\"id\": \"c\", \"text\": \"Caf\u00e9 talks in S\u00e3o Paulo ended.\"}\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Path mixed = dir.resolve("mixed.jsonl");
    Files.write(mixed, concat(utf8, cp1252));
    read(mixed);
    assertThat(record("u").article().map(Article::body))
        .contains("Caf\u00e9 talks in S\u00e3o Paulo ended.");
    assertThat(record("c").article().map(Article::body))
        .contains("Caf\u00e9 talks in S\u00e3o Paulo ended.");
    assertThat(record("c").diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String json(String id, String text, String url) {
    return "{\"id\": \""
        + id
        + "\", \"text\": \""
        + text.replace("\"", "\\\"")
        + "\""
        + (url == null ? "" : ", \"url\": \"" + url + "\"")
        + "}";
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
